import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/core/extract/extract';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness';
import { serveFolder, type FixtureServer } from './server';

const TESTS = resolve(import.meta.dirname, '..');
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const SEED = 'fixtures/srn-al-sharaa-moscow/source.html';
const RTL = 'fixtures/ar-rtl-reader-desalination/source.html';
const READER = 'reader/index.html';
const COMMAND = 'toggle-reader';
const MENU_ITEM = 'verbatim-reader';

interface Expected {
  title: string;
  titleAlsoAccepted?: string[];
  mustInclude: string[];
  mustExclude: string[];
}

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await probe();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await probe();
  }
  return value;
}

const readerIsOpen = (page: TestPage) => page.evaluate(() => document.querySelector('verbatim-reader') !== null);

describe.each(BROWSERS)('reader in %s', (name) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let seed: Expected;

  beforeAll(async () => {
    server = await serveFolder(TESTS);
    session = await launch(name);
    seed = JSON.parse(await readFile(resolve(TESTS, 'fixtures/srn-al-sharaa-moscow/expected.json'), 'utf8'));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  // A failed test must not leave its tab (and its reader) behind for the next one.
  let opened: TestPage[] = [];
  afterEach(async () => {
    await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
    opened = [];
  });
  async function openTab(path: string): Promise<{ tabId: number; page: TestPage }> {
    const tab = await session.openTab(server.url(path));
    opened.push(tab.page);
    return tab;
  }

  async function openReader(tabId: number, page: TestPage, trigger: 'command' | 'menu' = 'command'): Promise<TestPage> {
    if (trigger === 'command') await session.runCommand(tabId, COMMAND);
    else await session.clickMenuItem(tabId, MENU_ITEM);
    const reader = await session.extensionFrame(page, READER);
    await reader.waitFor('.article h1.title');
    return reader;
  }

  it('the keyboard command opens the reader over the seed page: exactly the extracted article, without its clutter', async () => {
    const { tabId, page } = await openTab(SEED);
    const reader = await openReader(tabId, page);
    expect([seed.title, ...(seed.titleAlsoAccepted ?? [])]).toContain((await reader.text('.article h1.title')).trim());
    const body = await reader.text('.article .body');
    for (const passage of seed.mustInclude) expect(body).toContain(passage);
    // The reader shows the cleaned article exactly — what the extractor gives for this page, nothing
    // of the page around it — so the page's clutter is absent wherever extraction removes it.
    const extracted = extractArticle(new JSDOM(await readFile(resolve(TESTS, SEED), 'utf8'), { url: server.url(SEED) }).window.document);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    expect(squeeze(body)).toBe(squeeze(extracted.text));
    const everything = await reader.evaluate(() => document.body.textContent ?? '');
    expect(seed.mustExclude.filter((clutter) => everything.includes(clutter))).toEqual([]);
    // Metadata, and the frame really covers the viewport.
    expect(await reader.text('.article .byline')).toContain('Rizik Alabi');
    expect(await reader.text('.article .facts')).toMatch(/\d+ min read/);
    const cover = await page.evaluate(() => {
      const box = document.querySelector('verbatim-reader')!.getBoundingClientRect();
      return { width: box.width === innerWidth, height: box.height === innerHeight };
    });
    expect(cover).toEqual({ width: true, height: true });
  });

  it('toggling back gives the page back exactly as it was: DOM, scroll position, form state, focus', async () => {
    const { tabId, page } = await openTab(SEED);
    const before = await page.evaluate(() => {
      const email = document.querySelector<HTMLInputElement>('input[type="email"]')!;
      email.value = 'reader@example.org';
      email.focus();
      window.scrollTo(0, 400);
      return { html: document.documentElement.outerHTML, text: document.body.innerText, y: Math.round(scrollY), email: email.value };
    });
    expect(before.y).toBeGreaterThan(0);
    await openReader(tabId, page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
    await session.runCommand(tabId, COMMAND);
    await until(() => readerIsOpen(page), (open) => !open, 'the reader to close');
    const after = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      text: document.body.innerText,
      y: Math.round(scrollY),
      email: document.querySelector<HTMLInputElement>('input[type="email"]')!.value,
      focused: document.activeElement?.getAttribute('type'),
    }));
    expect(after.html).toBe(before.html);
    expect(after.text).toBe(before.text);
    expect(after.y).toBe(before.y);
    expect(after.email).toBe(before.email);
    expect(after.focused).toBe('email');
  });

  it('the context-menu item opens the reader, and Escape closes it', async () => {
    const { tabId, page } = await openTab(SEED);
    const reader = await openReader(tabId, page, 'menu');
    expect(await reader.text('.article .body')).toContain(seed.mustInclude[0]);
    await reader.evaluate(() => document.getElementById('main')!.focus());
    await reader.press('Escape');
    await until(() => readerIsOpen(page), (open) => !open, 'Escape to close the reader');
  });

  it('the popup’s Reader mode button opens the reader and its message (readerToggle) closes it', async () => {
    const { tabId, page } = await openTab(SEED);
    // The popup is open on this tab, so the tab has activeTab.
    await session.grantActiveTab(tabId);
    const popup = await session.openExtensionPage('popup/index.html?tab=-1');
    opened.push(popup);
    const toggle = () =>
      popup.evaluateWith(async (id: number) => {
        type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = scope.browser ?? scope.chrome;
        const reply = (await api.runtime.sendMessage({ verbatim: 1, name: 'readerToggle', payload: { tabId: id } })) as { value: { state: string } };
        return reply.value.state;
      }, tabId);
    // The popup's Reader mode button sends that message.
    const realPopup = await session.openExtensionPage(`popup/index.html?tab=${tabId}`);
    opened.push(realPopup);
    await realPopup.waitFor('[data-action="reader-mode"]');
    await realPopup.click('[data-action="reader-mode"]');
    const reader = await session.extensionFrame(page, READER);
    await reader.waitFor('.article h1.title');
    expect(await toggle()).toBe('closed');
    expect(await readerIsOpen(page)).toBe(false);
  });

  it('settings change the rendering at once and persist across a reload', async () => {
    const { tabId, page } = await openTab(SEED);
    let reader = await openReader(tabId, page);
    const style = () =>
      reader.evaluate(() => {
        const body = getComputedStyle(document.querySelector('.article .body p')!);
        return {
          theme: document.documentElement.dataset.theme,
          background: getComputedStyle(document.documentElement).backgroundColor,
          font: body.fontFamily,
          size: body.fontSize,
          align: body.textAlign,
        };
      });
    const initial = await style();
    await reader.click('#settings-toggle');
    await reader.click('input[name="theme"][value="dark"]');
    await reader.click('input[name="font"][value="sans"]');
    await reader.click('input[name="align"][value="justify"]');
    // Keyboard: the size slider moves with the arrow keys.
    await reader.evaluate(() => document.querySelector<HTMLInputElement>('input[data-setting="size"]')!.focus());
    await reader.press('ArrowRight');
    await reader.press('ArrowRight');
    const changed = await style();
    expect(changed.theme).toBe('dark');
    expect(changed.background).not.toBe(initial.background);
    expect(changed.font).not.toBe(initial.font);
    expect(changed.font).toMatch(/system-ui|sans/);
    expect(parseFloat(changed.size)).toBe(parseFloat(initial.size) + 2);
    expect(changed.align).toBe('justify');

    await session.runCommand(tabId, COMMAND);
    await until(() => readerIsOpen(page), (open) => !open, 'the reader to close');
    await page.evaluate(() => {
      (window as unknown as { beforeReload: boolean }).beforeReload = true;
      setTimeout(() => location.reload(), 0);
    });
    await until(
      () => page.evaluate(() => !(window as unknown as { beforeReload?: boolean }).beforeReload && document.readyState === 'complete').catch(() => false),
      Boolean,
      'the page to reload',
    );
    reader = await openReader(tabId, page);
    expect(await style()).toEqual(changed);

    // The dyslexia-friendly font is shipped with the extension and loads under its CSP.
    await reader.click('#settings-toggle');
    await reader.click('input[name="font"][value="dyslexic"]');
    expect(await reader.evaluate(() => document.fonts.load('700 20px OpenDyslexic').then((faces) => faces.map((f) => `${f.family} ${f.status}`)))).toEqual([
      'OpenDyslexic loaded',
    ]);
    expect((await style()).font).toMatch(/^"?OpenDyslexic/);

    // Back to the defaults for the tests that follow.
    await reader.click('input[name="theme"][value="light"]');
    await reader.click('input[name="font"][value="serif"]');
    await reader.click('input[name="align"][value="left"]');
    await reader.evaluate(() => document.querySelector<HTMLInputElement>('input[data-setting="size"]')!.focus());
    await reader.press('ArrowLeft');
    await reader.press('ArrowLeft');
    expect(await style()).toMatchObject({ size: initial.size, font: initial.font });
  });

  it('the quotes and people panel jumps to the paragraph that holds the quote or the person', async () => {
    const { tabId, page } = await openTab(SEED);
    const reader = await openReader(tabId, page);
    await reader.waitFor('#insights-toggle:not([hidden])');
    await reader.click('#insights-toggle');
    const quote = 'Russia must apologize to Syrians and provide compensation';
    const jumped = (needle: string) =>
      reader.evaluateWith((text: string) => {
        const buttons = [...document.querySelectorAll<HTMLButtonElement>('#insights button.insight')];
        const button = buttons.find((b) => b.textContent?.includes(text));
        if (!button) return { found: false, paragraph: '', visible: false };
        button.click();
        const block = document.querySelector('.body .jumped');
        return { found: true, paragraph: block?.textContent ?? '', visible: false };
      }, needle);
    const inView = () =>
      reader.evaluate(() => {
        const box = document.querySelector('.body .jumped')?.getBoundingClientRect();
        return Boolean(box && box.top >= 0 && box.bottom <= innerHeight);
      });

    const onQuote = await jumped(quote);
    expect(onQuote.found).toBe(true);
    expect(onQuote.paragraph).toContain(quote);
    expect(onQuote.paragraph).toContain('Umm Muhammad');
    await until(inView, Boolean, 'the quote to scroll into view');

    const onPerson = await jumped('Milad Shahab');
    expect(onPerson.found).toBe(true);
    expect(onPerson.paragraph).toContain('Syrian political activist Milad Shahab');
    await until(inView, Boolean, 'the person to scroll into view');
  });

  it('Ctrl+P prints the reader’s article, whether focus is in the reader or in the page beneath', async () => {
    const { tabId, page } = await openTab(SEED);
    const reader = await openReader(tabId, page);
    // Count print() calls in the reader instead of opening the print dialog.
    await reader.evaluate(() => {
      const scope = window as unknown as { printed: number; print: () => void };
      scope.printed = 0;
      scope.print = () => void scope.printed++;
      document.getElementById('main')!.focus();
    });
    const printed = () => reader.evaluate(() => (window as unknown as { printed: number }).printed);
    await reader.press('Control+KeyP');
    await until(printed, (n) => n === 1, 'print from the reader');
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.focus();
    });
    await page.press('Control+KeyP');
    await until(printed, (n) => n === 2, 'print forwarded from the page');
    // Print CSS keeps only the article.
    const hidden = await reader.evaluate(() => {
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
      const print = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
      return print.flatMap((rule) => [...rule.cssRules]).map((rule) => rule.cssText).join('\n');
    });
    expect(hidden).toMatch(/\.toolbar.*display: none/);
    expect(hidden).toMatch(/\.insights.*display: none/);
  });

  it('Listen reads the article aloud, marking the paragraph being read, and stops when the reader closes', async () => {
    const { tabId, page } = await openTab(SEED);
    const reader = await openReader(tabId, page);
    // The speech engine is replaced by a recorder that writes to the extension's storage, so what
    // it recorded can be read after the reader's frame is gone.
    type Storage = { storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } };
    await reader.evaluate(() => {
      const api = ((globalThis as unknown as { browser?: Storage }).browser ?? (globalThis as unknown as { chrome: Storage }).chrome).storage.local;
      let cancelled = 0;
      void api.set({ spoken: null, cancelled });
      speechSynthesis.speak = (utterance) => void api.set({ spoken: utterance.text });
      speechSynthesis.cancel = () => void api.set({ cancelled: ++cancelled });
    });
    const recorded = (page: TestPage) =>
      page.evaluate(async () => {
        const api = ((globalThis as unknown as { browser?: Storage }).browser ?? (globalThis as unknown as { chrome: Storage }).chrome).storage.local;
        const { spoken, cancelled } = await api.get(null as unknown as string);
        return { spoken: spoken as string | null, cancelled: cancelled as number };
      });
    const before = await recorded(reader);
    await reader.click('#listen');
    const spoken = await until(() => recorded(reader), (r) => r.spoken !== null, 'speech to start');
    const state = await reader.evaluate(() => ({
      pressed: document.getElementById('listen')!.getAttribute('aria-pressed'),
      marked: document.querySelector('.body .speaking')?.textContent?.replace(/\s+/g, ' ').trim(),
    }));
    expect(state.pressed).toBe('true');
    expect(state.marked).toBeTruthy();
    expect(spoken.spoken).toBe(state.marked);
    await reader.evaluate(() => document.getElementById('main')!.focus());
    await reader.press('Escape');
    await until(() => readerIsOpen(page), (open) => !open, 'the reader to close');
    const extensionPage = await session.openExtensionPage('popup/index.html?tab=-1');
    opened.push(extensionPage);
    expect((await until(() => recorded(extensionPage), (r) => r.cancelled > spoken.cancelled, 'speech to be cancelled')).cancelled).toBeGreaterThan(before.cancelled);
  });

  it('reads a right-to-left article right to left', async () => {
    const { tabId, page } = await openTab(RTL);
    const reader = await openReader(tabId, page);
    const layout = await reader.evaluate(() => {
      const article = document.querySelector<HTMLElement>('.article')!;
      const paragraph = document.querySelector('.article .body p')!;
      return { dir: article.dir, lang: article.lang, direction: getComputedStyle(paragraph).direction, ui: getComputedStyle(document.getElementById('toolbar')!).direction };
    });
    expect(layout).toEqual({ dir: 'rtl', lang: 'ar', direction: 'rtl', ui: 'ltr' });
    expect(await reader.text('.article h1.title')).toContain('محطة تحلية جديدة');
  });

  it('on a page that is not an article, says so briefly in the page and opens nothing', async () => {
    const { tabId, page } = await openTab('e2e/pages/app-shell.html');
    await session.runCommand(tabId, COMMAND);
    await until(() => page.evaluate(() => document.querySelector('verbatim-notice') !== null), Boolean, 'the notice');
    expect(await readerIsOpen(page)).toBe(false);
    // "Open anyway" is in the notice's closed shadow root: reach it as a keyboard user does.
    for (let presses = 0; presses < 8 && !(await page.evaluate(() => document.activeElement?.tagName === 'VERBATIM-NOTICE')); presses++) {
      await page.press('Tab');
    }
    await page.press('Enter');
    await until(() => readerIsOpen(page), Boolean, '"Open anyway" to open the reader');
    expect(await page.evaluate(() => document.querySelector('verbatim-notice'))).toBeNull();
  });

  if (name === 'chromium') {
    it('passes axe-core with no serious or critical violations, and its pictures are taken', async () => {
      const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await mkdir(SCREENSHOTS, { recursive: true });
      const { tabId, page } = await openTab(SEED);
      const reader = await openReader(tabId, page);
      await reader.waitFor('#insights-toggle:not([hidden])');
      const audit = async () => {
        if (!(await reader.evaluate(() => 'axe' in window))) await reader.addScript(axeSource);
        return reader.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
          const { violations } = await axe.run();
          return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
        });
      };
      for (const theme of ['light', 'sepia', 'dark'] as const) {
        await reader.click('#settings-toggle');
        await reader.click(`input[name="theme"][value="${theme}"]`);
        await reader.press('Escape');
        expect(await audit(), `axe, ${theme}`).toEqual([]);
        await reader.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.screenshot(resolve(SCREENSHOTS, `reader-${theme}.png`));
      }
      // With the side panel and the settings open.
      await reader.click('#insights-toggle');
      await reader.click('#settings-toggle');
      expect(await audit(), 'axe, panels open').toEqual([]);
      await reader.press('Escape');
      await reader.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot(resolve(SCREENSHOTS, 'reader-quotes-people.png'));
      await reader.press('Escape');
      await reader.click('#settings-toggle');
      await reader.click('input[name="theme"][value="light"]');
      await reader.press('Escape');
  
      const rtl = await openTab(RTL);
      const rtlReader = await openReader(rtl.tabId, rtl.page);
      await rtlReader.waitFor('#insights-toggle:not([hidden])');
      expect(await rtlReader.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await rtl.page.screenshot(resolve(SCREENSHOTS, 'reader-rtl.png'));
    });
  }
});
