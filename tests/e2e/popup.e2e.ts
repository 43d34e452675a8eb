import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from './harness';
import { openPopupFor, readQuotes, seriousAxeViolations, showView, waitForAnalysis, type AxeViolation } from './popup-page';
import { serveFolder, type FixtureServer } from './server';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const SEED = 'srn-al-sharaa-moscow';
const RTL = 'ar-rtl-library-opening';
const NOT_ARTICLE = 'login-news-account';
const NO_QUOTES = 'weather-brief-no-quotes';
const EMPTY_SHELL = 'app-shell-empty';

interface Expected {
  title: string;
  byline: string | null;
  mustInclude: string[];
  mustExclude: string[];
  quotes: Array<{ text: string; speaker: string | null; fragment?: boolean }>;
  people: Array<{ name: string; role?: string }>;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

async function poll<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await probe();
  }
  return value;
}

describe.each(BROWSERS)('popup in %s', (name) => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let expected: Expected;
  let popup: TestPage;
  let tab: TestPage;
  const axeFindings: Array<AxeViolation & { view: string }> = [];

  async function checkAxe(view: string, page: TestPage = popup): Promise<void> {
    for (const violation of await seriousAxeViolations(page)) axeFindings.push({ ...violation, view });
  }

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    session = await launch(name);
    expected = JSON.parse(await readFile(resolve(FIXTURES, SEED, 'expected.json'), 'utf8'));
    ({ popup, tab } = await openPopupFor(session, server, SEED));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the seed article’s header and clean body first', async () => {
    await popup.waitFor('h1.vb-title');
    expect(await popup.text('h1.vb-title')).toContain(expected.title);
    expect(await popup.text('.vb-byline')).toContain(expected.byline!);
    const body = fold(await popup.text('#vb-panel-article .vb-prose'));
    for (const passage of expected.mustInclude) expect(body).toContain(fold(passage));
    // The published date is formatted for the reader, with the machine-readable value kept.
    expect(await popup.evaluate(() => document.querySelector('.vb-meta time')?.getAttribute('datetime') ?? '')).toMatch(/^2025-10-21/);
    await checkAxe('article');
  });

  it('lists every quote with its speaker; fragments behind a toggle', async () => {
    await waitForAnalysis(popup);
    await showView(popup, 'quotes');
    const full = await readQuotes(popup);
    expect(full.every((q) => !q.fragment)).toBe(true);
    await popup.click('.vb-toggle-input');
    const all = await readQuotes(popup);
    for (const quote of expected.quotes) {
      const shown = all.find((q) => fold(q.text) === fold(quote.text));
      expect(shown, `quote “${quote.text}”`).toBeDefined();
      expect(shown!.speaker, `speaker of “${quote.text}”`).toBe(quote.speaker ?? 'Unattributed');
      expect(shown!.fragment, `fragment flag of “${quote.text}”`).toBe(quote.fragment === true);
    }
    await checkAxe('quotes');
  });

  it('lists the article’s people with roles and counts', async () => {
    await waitForAnalysis(popup);
    await showView(popup, 'people');
    const people = await popup.evaluate(() =>
      [...document.querySelectorAll('#vb-panel-people .vb-person')].map((p) => ({
        name: p.querySelector('.vb-person-name')?.textContent ?? '',
        role: p.querySelector('.vb-person-role')?.textContent ?? null,
        counts: p.querySelector('.vb-person-counts')?.textContent ?? '',
      })),
    );
    expect(people.map((p) => p.name).sort()).toEqual(expected.people.map((p) => p.name).sort());
    for (const person of expected.people.filter((p) => p.role)) {
      expect(people.find((p) => p.name === person.name)?.role, `role of ${person.name}`).toContain(person.role);
    }
    for (const person of people) expect(person.counts).toMatch(/^\d+ mentions? · \d+ quotes?$/);
    await checkAxe('people');
  });

  it('choosing a person filters the quotes to theirs, and choosing again shows all', async () => {
    await waitForAnalysis(popup);
    await showView(popup, 'people');
    await popup.click('.vb-person[data-person="Vladimir Putin"]');
    await popup.waitFor('#vb-panel-quotes:not([hidden]) .vb-filter-chip');
    const theirs = await readQuotes(popup);
    const wanted = expected.quotes.filter((q) => q.speaker === 'Vladimir Putin');
    expect(theirs.map((q) => fold(q.text)).sort()).toEqual(wanted.map((q) => fold(q.text)).sort());
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('vb-tab-quotes');
    await showView(popup, 'people');
    expect(await popup.evaluate(() => document.querySelector('.vb-person[data-person="Vladimir Putin"]')?.getAttribute('aria-pressed'))).toBe('true');
    await popup.click('.vb-person[data-person="Vladimir Putin"]');
    expect((await readQuotes(popup)).length).toBe(expected.quotes.length);
  });

  it('switches views with the arrow keys (a tablist) and closes on Escape', async () => {
    await waitForAnalysis(popup);
    await popup.evaluate(() => document.getElementById('vb-tab-article')!.click());
    await popup.evaluate(() => document.getElementById('vb-tab-article')!.focus());
    const state = () =>
      popup.evaluate(() => ({
        focused: document.activeElement?.id ?? '',
        selected: document.querySelector('[role="tab"][aria-selected="true"]')?.id ?? '',
        visible: document.querySelector('[role="tabpanel"]:not([hidden])')?.id ?? '',
      }));
    await popup.press('ArrowRight');
    expect(await state()).toEqual({ focused: 'vb-tab-quotes', selected: 'vb-tab-quotes', visible: 'vb-panel-quotes' });
    await popup.press('ArrowRight');
    expect(await state()).toEqual({ focused: 'vb-tab-people', selected: 'vb-tab-people', visible: 'vb-panel-people' });
    await popup.press('ArrowRight');
    expect((await state()).selected).toBe('vb-tab-article');
    await popup.press('End');
    expect((await state()).selected).toBe('vb-tab-people');
    await popup.press('Home');
    expect((await state()).selected).toBe('vb-tab-article');
    // One tab stop for the tablist: Tab moves on to the panel.
    await popup.press('Tab');
    expect((await state()).focused).toBe('vb-panel-article');
    await popup.evaluate(() => {
      window.close = () => document.documentElement.setAttribute('data-closed', '');
    });
    await popup.press('Escape');
    expect(await popup.evaluate(() => document.documentElement.hasAttribute('data-closed'))).toBe(true);
  });

  it('has no horizontal scroll at the popup’s width in any view', async () => {
    await waitForAnalysis(popup);
    for (const view of ['article', 'quotes', 'people'] as const) {
      await showView(popup, view);
      const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, view).toBeLessThanOrEqual(0);
    }
  });

  it('“Show in page” scrolls the tab to the quote and highlights it', async () => {
    await waitForAnalysis(popup);
    await showView(popup, 'quotes');
    // Everyone's quotes, whatever an earlier test left filtered.
    await popup.evaluate(() => document.querySelector<HTMLElement>('.vb-filter-clear')?.click());
    const first = expected.quotes.find((q) => !q.fragment)!;
    await popup.evaluateWith((text) => {
      const item = [...document.querySelectorAll('.vb-quote')].find((li) => li.querySelector('.vb-quote-text')?.textContent === text);
      item?.querySelector<HTMLElement>('[data-action="show-in-page"]')?.click();
    }, first.text);
    const highlighted = await poll(
      () =>
        tab.evaluate(() => {
          const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
          const ranges = registry?.get('verbatim-quote');
          return ranges ? [...ranges].map((r) => r.toString()).join('') : (getSelection()?.toString() ?? '');
        }),
      (text) => text !== '',
    );
    expect(fold(highlighted)).toBe(fold(first.text));
    expect(await popup.text('.vb-announcer')).toMatch(/shown in the page/i);
  });

  it('copies a quote as a citation and the article as clean text', async () => {
    await waitForAnalysis(popup);
    await showView(popup, 'quotes');
    // The announcer may still hold an earlier message: wait for the copy's own outcome, success or failure.
    const outcome = (t: string) => /cop(y|ied)/i.test(t);
    await popup.click('.vb-quote [data-action="copy-citation"]');
    expect(await poll(() => popup.text('.vb-announcer'), outcome)).toBe('Citation copied');
    await popup.click('[data-action="copy-text"]');
    expect(await poll(() => popup.text('.vb-announcer'), (t) => outcome(t) && t !== 'Citation copied')).toBe('Article text copied');
  });

  // Puppeteer cannot emulate prefers-color-scheme in Firefox over WebDriver BiDi: dark is checked in Chromium.
  it.runIf(name === 'chromium')('shows the dark theme without accessibility problems', async () => {
    await waitForAnalysis(popup);
    await popup.setColorScheme('dark');
    for (const view of ['article', 'quotes', 'people'] as const) {
      await showView(popup, view);
      await checkAxe(`${view} (dark)`);
    }
    await popup.setColorScheme('light');
  });

  it.runIf(name === 'chromium')('takes the product screenshots (Chromium)', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    // A fresh popup, as a user sees it on opening: defaults, nothing focused, top of each view.
    const { popup: fresh } = await openPopupFor(session, server, SEED);
    await waitForAnalysis(fresh);
    const settle = () =>
      fresh.evaluate(async () => {
        (document.activeElement as HTMLElement | null)?.blur();
        scrollTo(0, 0);
        // Let theme transitions finish.
        await new Promise((r) => setTimeout(r, 400));
      });
    for (const scheme of ['light', 'dark'] as const) {
      await fresh.setColorScheme(scheme);
      for (const view of ['article', 'quotes', 'people'] as const) {
        await showView(fresh, view);
        await settle();
        await fresh.screenshot(resolve(SCREENSHOTS, `popup-${view}-${scheme}.png`));
      }
    }
    await fresh.close();
  });

  it.runIf(name === 'chromium')('the real toolbar popup shows the article at its own size, without horizontal scroll', async () => {
    const { tabId, page } = await session.openTab(server.url(`${SEED}/source.html`));
    await session.grantActiveTab(tabId);
    const real = await session.actionPopup!();
    const state = await poll(
      async () =>
        (await real.evaluate(`({
          title: document.querySelector('h1.vb-title')?.textContent ?? '',
          width: innerWidth,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        })`)) as { title: string; width: number; overflow: number },
      (s) => s.title !== '',
    );
    expect(state.title).toContain(expected.title);
    expect(state.width).toBeGreaterThanOrEqual(400);
    expect(state.width).toBeLessThanOrEqual(800);
    expect(state.overflow).toBeLessThanOrEqual(0);
    await real.close();
    await page.close();
  });

  it('lays a right-to-left article out right to left', async () => {
    const { popup: rtl } = await openPopupFor(session, server, RTL);
    await rtl.waitFor('h1.vb-title');
    const dirs = await rtl.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.vb-header')!).direction,
      body: getComputedStyle(document.querySelector('.vb-prose')!).direction,
      lang: document.querySelector('.vb-prose')?.getAttribute('lang'),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(dirs).toEqual({ header: 'rtl', body: 'rtl', lang: 'ar', overflow: 0 });
    await checkAxe('rtl article', rtl);
    if (name === 'chromium') {
      await waitForAnalysis(rtl);
      await rtl.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      await rtl.screenshot(resolve(SCREENSHOTS, 'popup-rtl-article.png'));
    }
    await rtl.close();
  });

  it('says so when an article has no quotes and no people, with no empty boxes', async () => {
    const { popup: plain } = await openPopupFor(session, server, NO_QUOTES);
    await waitForAnalysis(plain);
    const panels = await plain.evaluate(() => ({
      quotes: document.querySelector('#vb-panel-quotes [role="status"]')?.textContent ?? '',
      people: document.querySelector('#vb-panel-people [role="status"]')?.textContent ?? '',
      lists: document.querySelectorAll('#vb-panel-quotes .vb-quotes, #vb-panel-people .vb-people').length,
      controls: document.querySelector<HTMLElement>('.vb-quotes-controls')?.hidden,
    }));
    expect(panels).toEqual({ quotes: 'No direct quotes in this article.', people: 'No people are named in this article.', lists: 0, controls: true });
    await showView(plain, 'quotes');
    await checkAxe('no quotes', plain);
    await plain.close();
  });

  it('says why a page is not an article and offers to extract it anyway', async () => {
    const { popup: login } = await openPopupFor(session, server, NOT_ARTICLE);
    await login.waitFor('[data-state="not-article"]');
    expect(await login.text('[data-state="not-article"]')).toMatch(/not look like an article/i);
    await checkAxe('not-an-article state', login);
    await login.click('[data-state="not-article"] button');
    await login.waitFor('h1.vb-title');
    expect(await login.text('h1.vb-title')).toContain('Sign in');
    await login.close();
  });

  it('says when even “Extract anyway” finds nothing to read', async () => {
    const { popup: shell } = await openPopupFor(session, server, EMPTY_SHELL);
    await shell.waitFor('[data-state="not-article"]');
    // It says why (the extractor's reason), not only that.
    expect(await shell.text('[data-state="not-article"] .vb-status-title')).toMatch(/not look like an article/i);
    expect((await shell.text('[data-state="not-article"] .vb-status-text > p:not(.vb-status-title)')).trim()).not.toBe('');
    await shell.click('[data-state="not-article"] button');
    await shell.waitFor('[data-state="nothing"]');
    expect(await shell.text('[data-state="nothing"]')).toMatch(/nothing to read/i);
    await checkAxe('nothing-to-read state', shell);
    await shell.close();
  });

  it('shows progress only when extraction takes longer than 150 ms', async () => {
    const { tabId, page } = await session.openTab(server.url(`${SEED}/source.html`));
    await session.grantActiveTab(tabId);
    const slow = await session.openExtensionPage('popup/index.html');
    // Keep the tab's main thread busy, so its content script answers late; open the popup meanwhile.
    const busy = page.evaluate(() => {
      const end = performance.now() + 3000;
      while (performance.now() < end);
    });
    await new Promise((r) => setTimeout(r, 300));
    await slow.evaluateWith((url) => location.assign(url), `/popup/index.html?tab=${tabId}`);
    // Firefox's driver waits for the busy tab before it talks to the popup again, so the moment may
    // have passed when it looks: the popup marks when it showed the progress bar.
    await busy;
    await slow.waitFor('h1.vb-title');
    const delay = await slow.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return at('verbatim:loading-shown') - at('verbatim:extract-requested');
    });
    // NaN (never shown) fails too.
    expect(delay).toBeGreaterThanOrEqual(150);
    await slow.close();
    await page.close();
  });

  it('shows the seed article without any of its clutter', async () => {
    const { tabId } = await session.openTab(server.url(`${SEED}/source.html`));
    await session.grantActiveTab(tabId);
    const popup = await session.openExtensionPage(`popup/index.html?tab=${tabId}`);
    await popup.waitFor('article');
    const shown = await popup.text('article');
    for (const passage of expected.mustInclude) expect(shown, `popup lost "${passage}"`).toContain(passage);
    for (const clutter of expected.mustExclude) expect(shown, `popup shows clutter "${clutter}"`).not.toContain(clutter);
    await popup.close();
  });

  it('says plainly when the page is one extensions cannot read', async () => {
    const restricted = await session.openExtensionPage('popup/index.html');
    // The popup opened as a tab reads itself: an extension page, which is off limits.
    await restricted.waitFor('[data-state="restricted"]');
    expect(await restricted.text('[data-state="restricted"]')).toMatch(/browser/i);
    await checkAxe('restricted state', restricted);
    await restricted.close();
  });

  it('says what happened when reading the tab fails, without crashing', async () => {
    const failed = await session.openExtensionPage('popup/index.html?tab=2147483000');
    await failed.waitFor('[data-state="failed"][role="alert"]');
    expect(await failed.text('[data-state="failed"]')).toMatch(/could not read this page/i);
    await failed.close();
  });

  it('has no serious or critical axe-core violations in any view or state', () => {
    expect(axeFindings).toEqual([]);
  });
});
