/**
 * One manifest.json, two browsers. The differences are generated here, never
 * hand-copied: Chrome runs the background as a service worker and does not
 * know `browser_specific_settings`; Firefox runs `background.scripts` as an
 * event page and needs its gecko settings.
 */
export type Target = 'chrome' | 'firefox';

type Manifest = Record<string, unknown> & {
  background: { service_worker: string };
  browser_specific_settings?: unknown;
};

export function manifestFor(target: Target, base: Manifest, version: string): Record<string, unknown> {
  const { background, browser_specific_settings, ...common } = base;
  const manifest: Record<string, unknown> = { ...common, version };
  if (target === 'chrome') {
    manifest.background = { service_worker: background.service_worker };
  } else {
    manifest.background = { scripts: [background.service_worker] };
    manifest.browser_specific_settings = browser_specific_settings;
  }
  return manifest;
}
