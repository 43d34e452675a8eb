/**
 * Drive the built extension in a real browser, the same way in both:
 * Chromium through Playwright, Firefox ESR through puppeteer-core (WebDriver BiDi).
 * Recipes: shared/docs/browser-testing.md.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { browserPaths } from './browsers';

/** In Chromium's service worker the promise-based API is `chrome`. */
declare const chrome: Browser.Browser;

export const DIST = resolve(import.meta.dirname, '../../dist');
export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** The part of a page the tests use, identical for both drivers. */
export interface TestPage {
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  evaluateWith<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Run a script's source in the page (as the debugger does, so the page's CSP does not block it). */
  addScript(source: string): Promise<void>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  text(selector: string): Promise<string>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Resize the viewport (e.g. to the popup's size). */
  setViewport(width: number, height: number): Promise<void>;
  /** Emulate the system's light or dark preference (`prefers-color-scheme`). */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionSession {
  name: BrowserName;
  /** Open a web page in a new tab; returns its tab id (as the extension sees it) and page. */
  openTab(url: string): Promise<{ tabId: number; page: TestPage }>;
  /**
   * What a click on the toolbar button gives the extension for that tab (activeTab).
   * Resolves to the wall-clock time (ms since the epoch) of the press.
   */
  grantActiveTab(tabId: number): Promise<number>;
  /** Open one of the extension's own pages (path like `popup/index.html?tab=3`). */
  openExtensionPage(path: string, options?: PageOptions): Promise<TestPage>;
  /** Open any URL (e.g. a saved file:// copy) in a plain tab. */
  openPage(url: string, options?: PageOptions): Promise<TestPage>;
  /** Reload the extension as the browser does on an update; its storage stays. */
  reloadExtension(): Promise<void>;
  /**
   * The real toolbar popup that `grantActiveTab` opened (Chromium only: the test presses the real
   * button there). Playwright does not list it as a page, so it is reached over CDP.
   */
  actionPopup?(): Promise<ActionPopup>;
  close(): Promise<void>;
}

export interface ActionPopup {
  /** Evaluate a JavaScript expression in the popup; returns its JSON-able value. */
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export interface PageOptions {
  /** Cut the page off the network before it loads (until it closes). */
  offline?: boolean;
}

export interface LaunchOptions {
  /** Where downloads land, without asking (for the downloads API's saveAs: false). */
  downloadsDir?: string;
  /**
   * Room the browser gives storage, to test a full disk: Firefox's global storage
   * limit (a pref), Chromium's quota for the extension's origin (CDP). Chromium
   * exempts `unlimitedStorage` extensions from quotas, so there the test loads a
   * copy without that permission: the same code meets the same QuotaExceededError
   * a full disk would give it.
   */
  storageQuotaBytes?: number;
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function waitUntil<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

function wrapPlaywright(page: PwPage): TestPage {
  return {
    evaluate: (fn) => page.evaluate(fn),
    evaluateWith: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addScript: async (source) => {
      await page.evaluate(source);
    },
    waitFor: async (selector, timeoutMs = 15_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs, state: 'attached' });
    },
    text: async (selector) => (await page.textContent(selector)) ?? '',
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PpPage): TestPage {
  return {
    evaluate: (fn) => page.evaluate(fn) as never,
    evaluateWith: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addScript: async (source) => {
      await page.evaluate(source);
    },
    // Firefox sends no navigation events for moz-extension pages: poll the document.
    waitFor: async (selector, timeoutMs = 15_000) => {
      await page.bringToFront();
      await waitUntil(() => page.evaluate((s) => document.querySelector(s) !== null, selector), timeoutMs, selector);
    },
    text: (selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector),
    press: (key) => page.keyboard.press(key as never),
    click: (selector) => page.click(selector),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    setColorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    close: () => page.close(),
  };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  // Lets the test press the toolbar button (CDP Extensions.triggerAction), which grants activeTab.
  '--enable-unsafe-extension-debugging',
];

/** A copy of dist/chrome whose manifest lacks one permission. */
async function chromeCopyWithout(permission: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'verbatim-chrome-ext-'));
  await cp(join(DIST, 'chrome'), copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.permissions = manifest.permissions.filter((p: string) => p !== permission);
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return copy;
}

async function launchChromium(options: LaunchOptions): Promise<ExtensionSession> {
  const limited = options.storageQuotaBytes !== undefined;
  const dist = limited ? await chromeCopyWithout('unlimitedStorage') : join(DIST, 'chrome');
  const profile = await mkdtemp(join(tmpdir(), 'verbatim-chromium-'));
  if (options.downloadsDir) {
    // Without these, downloads land under GUID names and the `filename` option is ignored.
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: options.downloadsDir, prompt_for_download: false } }));
  }
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: browserPaths().chromium,
    headless: true,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_ARGS],
  });
  let worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  if (options.downloadsDir) await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  if (options.storageQuotaBytes !== undefined) {
    // The Storage domain answers on a page's session (not the browser's); that page stays open so the override holds.
    const blank = await context.newPage();
    const session = await context.newCDPSession(blank);
    await session.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${extensionId}`, quotaSize: options.storageQuotaBytes });
  }

  async function openPage(url: string, { offline = false }: PageOptions = {}): Promise<TestPage> {
    const page = await context.newPage();
    // Playwright emulates offline per context: on while this page is open.
    if (offline) await context.setOffline(true);
    await page.goto(url);
    const wrapped = wrapPlaywright(page);
    return {
      ...wrapped,
      close: async () => {
        await wrapped.close();
        if (offline) await context.setOffline(false);
      },
    };
  }
  return {
    name: 'chromium',
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab!.id!;
      });
      return { tabId, page: wrapPlaywright(page) };
    },
    async grantActiveTab(tabId) {
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
      const url = await worker.evaluate((id) => chrome.tabs.get(id).then((t) => t.url ?? t.pendingUrl ?? ''), tabId).catch(() => '');
      // Tab targets carry the tab's page; match it by the page's URL when the extension can see it.
      const tabs = targetInfos.filter((t) => t.type === 'tab');
      const target = tabs.find((t) => url && t.url === url) ?? tabs.at(-1);
      if (!target) throw new Error('no tab target to press the toolbar button on');
      const pressed = Date.now();
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
      return pressed;
    },
    openExtensionPage: (path, options) => openPage(`chrome-extension://${extensionId}/${path}`, options),
    openPage,
    async reloadExtension() {
      const old = worker;
      // chrome.runtime.reload() leaves an extension loaded from the command line disabled;
      // loading the same folder again is the Reload button of chrome://extensions (same id, same storage).
      await cdp.send('Extensions.loadUnpacked' as never, { path: dist } as never);
      // Back when an extension page loads and the new background answers it.
      await waitUntil(async () => {
        const page = await context.newPage();
        try {
          await page.goto(`chrome-extension://${extensionId}/popup/index.html?tab=-1`);
          const reply = await page.evaluate(() => chrome.runtime.sendMessage({ verbatim: 1, name: 'ping', payload: {} }));
          return (reply as { ok?: boolean } | undefined)?.ok === true;
        } finally {
          await page.close();
        }
      }, 30_000, 'the extension after reload');
      worker = await waitUntil(async () => context.serviceWorkers().find((w) => w !== old && w.url().includes(extensionId)), 10_000, 'the new service worker');
    },
    async actionPopup() {
      // The toolbar popup is the extension's popup page without a `?tab=` (pages tests open have one).
      const url = `chrome-extension://${extensionId}/popup/index.html`;
      const targetId = await waitUntil(async () => {
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
        return targetInfos.find((t) => t.type === 'page' && t.url === url)?.targetId;
      }, 15_000, 'the toolbar popup');
      // Playwright's CDP session cannot address a flat child session: talk to it through Target messages.
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
      let next = 0;
      const pending = new Map<number, (message: { result?: { result?: { value?: unknown } }; error?: unknown }) => void>();
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message);
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      });
      return {
        async evaluate(expression) {
          const id = ++next;
          const reply = new Promise<{ result?: { result?: { value?: unknown } }; error?: unknown }>((done) => pending.set(id, done));
          await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }) });
          const message = await reply;
          if (message.error) throw new Error(`evaluate in the toolbar popup: ${JSON.stringify(message.error)}`);
          return message.result?.result?.value;
        },
        async close() {
          await cdp.send('Target.closeTarget', { targetId });
        },
      };
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      if (limited) await rm(dist, { recursive: true, force: true });
    },
  };
}

const GECKO_UUID = '6f1d4d3a-2b6e-4c51-9a57-5a1b7f0e9c11';

/**
 * Firefox has no way for a test to press the toolbar button, so its e2e copy
 * of dist/firefox also holds a host permission for the test server — the only
 * difference from the shipped build, standing in for the activeTab grant.
 */
async function firefoxTestCopy(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'verbatim-firefox-ext-'));
  await cp(join(DIST, 'firefox'), copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return copy;
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionSession> {
  const extension = await firefoxTestCopy();
  const manifest = JSON.parse(await readFile(join(extension, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPaths().firefox,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: GECKO_UUID }),
      // Host permissions of MV3 add-ons are opt-in in Firefox; grant the test copy's at install.
      'extensions.originControls.grantByDefault': true,
      ...(options.storageQuotaBytes !== undefined
        ? { 'dom.quotaManager.temporaryStorage.fixedLimit': Math.ceil(options.storageQuotaBytes / 1024) }
        : {}),
      ...(options.downloadsDir
        ? {
            'browser.download.dir': options.downloadsDir,
            'browser.download.folderList': 2,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.download.alwaysOpenPanel': false,
          }
        : {}),
    },
  });
  await browser.installExtension(extension);
  const base = `moz-extension://${GECKO_UUID}/`;

  async function openExtensionPage(path: string, { offline = false }: PageOptions = {}): Promise<TestPage> {
    const page = await browser.newPage();
    if (offline) await page.setOfflineMode(true);
    // No navigation events for moz-extension pages: start it, then poll.
    void page.goto(base + path).catch(() => undefined);
    await waitUntil(() => page.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:'), 15_000, base + path);
    return wrapPuppeteer(page);
  }

  return {
    name: 'firefox',
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url);
      const probe = await openExtensionPage('popup/index.html?tab=-1');
      const tabId = await probe.evaluateWith(async (wanted: string) => {
        const api = (globalThis as unknown as { browser: Browser.Browser }).browser;
        const tabs = await api.tabs.query({});
        // The newest tab with that URL: a test may open the same page twice.
        return Math.max(-1, ...tabs.filter((t) => t.url === wanted).map((t) => t.id ?? -1));
      }, url);
      await probe.close();
      if (tabId < 0) throw new Error(`the extension does not see the tab ${url}`);
      return { tabId, page: wrapPuppeteer(page) };
    },
    async grantActiveTab() {
      // Granted by the test copy's host permission (see firefoxTestCopy).
      return Date.now();
    },
    openExtensionPage,
    async openPage(url, { offline = false } = {}) {
      const page = await browser.newPage();
      if (offline) await page.setOfflineMode(true);
      await page.goto(url);
      return wrapPuppeteer(page);
    },
    async reloadExtension() {
      const page = await openExtensionPage('popup/index.html?tab=-1');
      await page.evaluate(() => (globalThis as unknown as { browser: Browser.Browser }).browser.runtime.reload()).catch(() => undefined);
      await page.close().catch(() => undefined);
      // Back when its pages answer again.
      await waitUntil(async () => {
        const probe = await openExtensionPage('popup/index.html?tab=-1').catch(() => null);
        await probe?.close();
        return probe !== null;
      }, 20_000, 'the extension after reload');
    },
    async close() {
      await browser.close();
      await rm(extension, { recursive: true, force: true });
    },
  };
}
