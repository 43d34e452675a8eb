/**
 * `npm run build`: both extensions (dist/chrome, dist/firefox), their store
 * archives, and the CLI (dist/cli). Vite does the bundling (vite.config.ts,
 * one mode per target); this script only sequences it and packages the result.
 */
import { cp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { renderIcons } from './lib/icons';
import { manifestFor, type Target } from './lib/manifest';
import { listFiles } from './lib/files';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const stage = resolve(dist, '.stage');
const TARGETS: Target[] = ['chrome', 'firefox'];
const CONTENT_SCRIPT_BUDGET = 60 * 1024;

async function main(): Promise<void> {
  const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')) as { version: string };
  const baseManifest = JSON.parse(await readFile(resolve(root, 'manifest.json'), 'utf8'));

  await rm(dist, { recursive: true, force: true });
  for (const mode of ['pages', 'content', 'background', 'cli']) {
    await build({ configFile: resolve(root, 'vite.config.ts'), mode, logLevel: 'warn' });
  }
  await renderIcons(resolve(root, 'icons/icon.svg'), resolve(stage, 'icons'));

  for (const target of TARGETS) {
    const out = resolve(dist, target);
    await cp(stage, out, { recursive: true });
    const manifest = manifestFor(target, baseManifest, pkg.version);
    await writeFile(resolve(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    const files: Record<string, Uint8Array> = {};
    for (const file of await listFiles(out)) files[file] = new Uint8Array(await readFile(resolve(out, file)));
    const archive = resolve(dist, `verbatim-${target}-${pkg.version}.zip`);
    await writeFile(archive, zipSync(files, { level: 9 }));
    console.log(`built dist/${target}/ and ${archive.slice(root.length + 1)} (${Object.keys(files).length} files)`);
  }
  await rm(stage, { recursive: true, force: true });

  const content = await readFile(resolve(dist, 'chrome/content.js'));
  // Measured with zlib, the reference gzip (what `gzip -9` and servers produce); fflate's encoder,
  // fine for the zips, makes output about 3% larger than gzip's.
  const gz = gzipSync(content, { level: 9 }).length;
  console.log(`content script: ${(content.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip (budget ${CONTENT_SCRIPT_BUDGET / 1024} KB gzip)`);
  if (gz > CONTENT_SCRIPT_BUDGET) throw new Error('content script is over its size budget');
  console.log(`cli: dist/cli/verbatim.js (${((await stat(resolve(dist, 'cli/verbatim.js'))).size / 1024).toFixed(1)} KB)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
