import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession } from './harness';
import { serveFolder, type FixtureServer } from './server';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SEED = 'srn-al-sharaa-moscow';

describe.each(BROWSERS)('popup in %s', (name) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let expected: { title: string; mustInclude: string[]; mustExclude: string[] };

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    session = await launch(name);
    expected = JSON.parse(await readFile(resolve(FIXTURES, SEED, 'expected.json'), 'utf8'));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the seed article’s title and first paragraph', async () => {
    const { tabId } = await session.openTab(server.url(`${SEED}/source.html`));
    await session.grantActiveTab(tabId);
    const popup = await session.openExtensionPage(`popup/index.html?tab=${tabId}`);
    await popup.waitFor('h1.title');
    expect(await popup.text('h1.title')).toContain('For Syrians, Bloody Memories Loom as al-Sharaa Courts Partnership With Moscow');
    expect(await popup.text('article')).toContain(expected.mustInclude[0]);
    await popup.close();
  });

  it('says plainly when the page is one extensions cannot read', async () => {
    const popup = await session.openExtensionPage('popup/index.html');
    // The popup opened as a tab reads itself: an extension page, which is off limits.
    await popup.waitFor('[role="alert"]');
    expect(await popup.text('[role="alert"]')).toMatch(/browser/i);
    await popup.close();
  });
});
