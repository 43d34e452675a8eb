import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { inertHtml } from './scripts/lib/inert-html.ts';

/**
 * One config, one target per mode. `scripts/build.ts` runs them in turn:
 * - pages:      extension pages (popup, …) as ES modules;
 * - content:    the content script, one self-contained IIFE (content scripts cannot load chunks);
 * - background: the background script, one IIFE (a service worker in Chrome, an event page in Firefox);
 * - cli:        the Node command line, sharing src/core.
 */
export const STAGE = resolve(import.meta.dirname, 'dist/.stage');

function iife(entry: string, fileName: string): UserConfig {
  return {
    publicDir: false,
    plugins: [inertHtml()],
    build: {
      outDir: STAGE,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(import.meta.dirname, entry), formats: ['iife'], name: 'Verbatim', fileName: () => fileName },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'content':
      return iife('src/entries/content/index.ts', 'content.js');
    case 'background':
      return iife('src/entries/background/index.ts', 'background.js');
    case 'cli':
      return {
        publicDir: false,
        build: {
          outDir: resolve(import.meta.dirname, 'dist/cli'),
          emptyOutDir: true,
          target: 'node20',
          ssr: resolve(import.meta.dirname, 'src/cli/verbatim.ts'),
          rollupOptions: { output: { entryFileNames: 'verbatim.js', banner: '#!/usr/bin/env node' } },
        },
      };
    default:
      return {
        root: resolve(import.meta.dirname, 'src/entries'),
        base: '/',
        publicDir: false,
        plugins: [inertHtml()],
        build: {
          outDir: STAGE,
          emptyOutDir: false,
          target: 'es2022',
          modulePreload: { polyfill: false },
          rollupOptions: {
            input: {
              popup: resolve(import.meta.dirname, 'src/entries/popup/index.html'),
              library: resolve(import.meta.dirname, 'src/entries/library/index.html'),
              reader: resolve(import.meta.dirname, 'src/entries/reader/index.html'),
            },
          },
        },
      };
  }
});
