import { describe, expect, it } from 'vitest';
import { launch } from './harness';

/** The part of chrome://extensions' own API that lists what it would show about an extension. */
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  getExtensionsInfo(): Promise<Array<{ id: string; name: string; installWarnings: string[]; manifestErrors: unknown[] }>>;
  reload(id: string, options: { failQuietly: boolean }): Promise<void>;
}

describe('installing the built extension', () => {
  it('loads in Chromium with no manifest warnings or errors', async () => {
    const session = await launch('chromium');
    try {
      const page = await session.openPage('chrome://extensions/');
      const verbatim = await page.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
        // Chromium collects manifest warnings ("Unrecognized manifest key …") only in developer
        // mode, as the user loading it unpacked would see them: switch it on and load again.
        await api.updateProfileConfiguration({ inDeveloperMode: true });
        const loaded = (await api.getExtensionsInfo()).find((info) => info.name === 'Verbatim');
        if (!loaded) return null;
        await api.reload(loaded.id, { failQuietly: true });
        await new Promise((done) => setTimeout(done, 1000));
        return (await api.getExtensionsInfo()).find((info) => info.name === 'Verbatim') ?? null;
      });
      expect(verbatim, 'Verbatim is installed').not.toBeNull();
      expect(verbatim!.installWarnings).toEqual([]);
      expect(verbatim!.manifestErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  // Firefox: a temporary install rejects a manifest with errors (every Firefox e2e file installs
  // dist/firefox), and `npm test` runs web-ext lint on it with warnings counted as errors.
});
