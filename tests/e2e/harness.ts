/**
 * Drive the built extension in a real browser, the same way in both:
 * Chromium through Playwright, Firefox ESR through puppeteer-core (WebDriver BiDi).
 * Recipes: shared/docs/browser-testing.md.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame as PwFrame, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Frame as PpFrame, type Page as PpPage } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';
import { listFiles } from '../../scripts/lib/files';
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
   * The keyboard command `command` in tab `tabId`: the activeTab grant the shortcut gives, then the
   * browser's `commands.onCommand` event delivered to the background's own listeners (see BROWSER_EVENTS).
   * `granted`: the tab already has activeTab (the bench grants once, then times the command alone).
   * Resolves to the time (epoch ms, sub-millisecond) at which the event was delivered.
   */
  runCommand(tabId: number, command: string, options?: { granted?: boolean }): Promise<number>;
  /** A click on the context-menu item `menuItemId` on the page in tab `tabId`, delivered the same way. */
  clickMenuItem(tabId: number, menuItemId: string): Promise<void>;
  /** The extension page shown in a frame of `page` (the reader), once it has loaded. */
  extensionFrame(page: TestPage, path: string): Promise<TestPage>;
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

/**
 * Browser shortcuts and native context menus cannot be pressed from a test: CDP input and
 * WebDriver BiDi input reach the page, not the browser's UI (tried: Alt+Shift+R reaches
 * neither browser's command handler). So the tests deliver the *browser event* instead:
 * the same event object, the same listeners the background registered, the same
 * arguments the browser passes — only the key press or menu click itself is not exercised.
 * - Chromium: the event objects of the service worker have `dispatch`, which calls every
 *   registered listener; the activeTab grant comes from pressing the toolbar button (CDP
 *   Extensions.triggerAction), the same grant a shortcut or menu click gives.
 * - Firefox: its event objects have no `dispatch`, so the test copy of the extension runs
 *   FIREFOX_EVENT_HOOK before background.js; it records the listeners the background adds to
 *   these two events, and an extension page calls them through runtime.getBackgroundPage().
 *   The grant is the test copy's host permission (see firefoxTestCopy).
 */
const BROWSER_EVENTS = { command: 'commands.onCommand', menu: 'contextMenus.onClicked' } as const;

const FIREFOX_EVENT_HOOK = `
globalThis.__verbatimTestListeners = {};
for (const name of ${JSON.stringify(Object.values(BROWSER_EVENTS))}) {
  const [area, event] = name.split('.');
  const target = browser[area][event];
  const add = target.addListener.bind(target);
  const listeners = (globalThis.__verbatimTestListeners[name] = []);
  target.addListener = (listener) => { listeners.push(listener); add(listener); };
}
// Arguments are built here, in the background's own compartment: objects made by the calling
// page would become dead wrappers once that page closes.
globalThis.__verbatimDispatch = async (name, argsJson, tabId) => {
  const args = [...JSON.parse(argsJson), await browser.tabs.get(tabId)];
  const at = performance.timeOrigin + performance.now();
  for (const listener of globalThis.__verbatimTestListeners[name]) listener(...args);
  return { listeners: globalThis.__verbatimTestListeners[name].length, at };
};
`;

/**
 * Firefox's WebDriver BiDi does not expose extension frames inside web pages (the reader),
 * so the test copy adds this module to its extension pages: it runs, in the frame, a test
 * function the harness wrote as a module file into the installed copy, and posts back the
 * result. The channel is same-origin (this extension's pages only).
 */
const FIREFOX_FRAME_BRIDGE = `
const channel = new BroadcastChannel('verbatim-test-frames');
channel.onmessage = async ({ data }) => {
  // Only the frame in the tab in front answers: a test drives one tab at a time.
  if (data.path !== location.pathname || window === window.top || document.visibilityState !== 'visible') return;
  try {
    const { default: fn } = await import(data.module);
    channel.postMessage({ id: data.id, ok: true, value: await fn(data.arg) });
  } catch (error) {
    channel.postMessage({ id: data.id, ok: false, error: String(error) });
  }
};
`;

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

function wrapPlaywright(page: PwPage | PwFrame): TestPage {
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
    press: (key) => ('keyboard' in page ? page : page.page()).keyboard.press(key),
    click: (selector) => page.click(selector),
    screenshot: async (path) => {
      await ('screenshot' in page ? page : page.page()).screenshot({ path });
    },
    setViewport: (width, height) => ('setViewportSize' in page ? page : page.page()).setViewportSize({ width, height }),
    setColorScheme: (colorScheme) => ('emulateMedia' in page ? page : page.page()).emulateMedia({ colorScheme }),
    close: () => ('close' in page ? page : page.page()).close(),
  };
}

function wrapPuppeteer(target: PpPage | PpFrame): TestPage {
  const page = 'keyboard' in target ? target : target.page();
  return {
    evaluate: (fn) => target.evaluate(fn) as never,
    evaluateWith: (fn, arg) => target.evaluate(fn as never, arg) as never,
    addScript: async (source) => {
      await target.evaluate(source);
    },
    // Firefox sends no navigation events for moz-extension pages: poll the document.
    waitFor: async (selector, timeoutMs = 15_000) => {
      await page.bringToFront();
      await waitUntil(() => target.evaluate((s) => document.querySelector(s) !== null, selector), timeoutMs, selector);
    },
    text: (selector) => target.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector),
    // Playwright's "Alt+Shift+KeyR" chords, pressed the same way: modifiers down, key, modifiers up.
    press: async (chord) => {
      const keys = chord.split('+') as never[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    click: (selector) => target.click(selector),
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
  const pwPages = new WeakMap<TestPage, PwPage>();
  /** Call the background's listeners of `event` with `args` and the tab, as the browser does. */
  const dispatchInWorker = (event: string, tabId: number, args: unknown[]) =>
    worker.evaluate(
      async ({ event, tabId, args }) => {
        const [area, name] = event.split('.') as [string, string];
        const target = (chrome as unknown as Record<string, Record<string, { dispatch(...a: unknown[]): void }>>)[area]![name]!;
        const tab = await chrome.tabs.get(tabId);
        const at = performance.timeOrigin + performance.now();
        target.dispatch(...args, tab);
        return at;
      },
      { event, tabId, args },
    );
  /** Press the real toolbar button: the activeTab grant. */
  async function grantActiveTab(tabId: number): Promise<number> {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
    const url = await worker.evaluate((id) => chrome.tabs.get(id).then((t) => t.url ?? t.pendingUrl ?? ''), tabId).catch(() => '');
    // Tab targets carry the tab's page; match it by the page's URL when the extension can see it.
    const tabs = targetInfos.filter((t) => t.type === 'tab');
    const target = tabs.find((t) => url && t.url === url) ?? tabs.at(-1);
    if (!target) throw new Error('no tab target to press the toolbar button on');
    // A toolbar popup still open from an earlier press closes first, as a user's click elsewhere closes
    // it: pressing the button again over an open popup has crashed headless Chromium.
    const toolbarPopup = `chrome-extension://${extensionId}/popup/index.html`;
    for (const open of targetInfos.filter((t) => t.type === 'page' && t.url === toolbarPopup)) {
      await cdp.send('Target.closeTarget', { targetId: open.targetId }).catch(() => undefined);
    }
    const pressed = Date.now();
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
    return pressed;
  }

  return {
    name: 'chromium',
    grantActiveTab,
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab!.id!;
      });
      const wrapped = wrapPlaywright(page);
      pwPages.set(wrapped, page);
      return { tabId, page: wrapped };
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
    async runCommand(tabId, command, options) {
      if (!options?.granted) await grantActiveTab(tabId);
      return dispatchInWorker(BROWSER_EVENTS.command, tabId, [command]);
    },
    async clickMenuItem(tabId, menuItemId) {
      await grantActiveTab(tabId);
      await dispatchInWorker(BROWSER_EVENTS.menu, tabId, [{ menuItemId, editable: false, pageUrl: '' }]);
    },
    async extensionFrame(page, path) {
      const owner = pwPages.get(page);
      if (!owner) throw new Error('not a page of this session');
      const frame = await waitUntil(
        async () => owner.frames().find((f) => f.url().startsWith('chrome-extension://') && new URL(f.url()).pathname === `/${path}`),
        15_000,
        `the ${path} frame`,
      );
      return wrapPlaywright(frame);
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
 * of dist/firefox also holds a host permission for the test server, standing in
 * for the activeTab grant, and runs FIREFOX_EVENT_HOOK before the background so
 * tests can deliver commands and menu clicks. These are the only differences
 * from the shipped build.
 */
async function firefoxTestCopy(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'verbatim-firefox-ext-'));
  await cp(join(DIST, 'firefox'), copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  await writeFile(join(copy, 'test-event-hook.js'), FIREFOX_EVENT_HOOK);
  await writeFile(join(copy, 'test-frame-bridge.js'), FIREFOX_FRAME_BRIDGE);
  await mkdir(join(copy, 'test-functions'));
  for (const page of (await listFiles(copy)).filter((file) => file.endsWith('.html'))) {
    const html = await readFile(join(copy, page), 'utf8');
    await writeFile(join(copy, page), html.replace('</head>', '<script type="module" src="/test-frame-bridge.js"></script></head>'));
  }
  manifest.background.scripts = ['test-event-hook.js', ...manifest.background.scripts];
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

  const ppPages = new WeakMap<TestPage, PpPage>();
  let controller: TestPage | undefined;
  let calls = 0;

  /** Run `fn(arg)` in the extension frame at `path` through FIREFOX_FRAME_BRIDGE. */
  async function inFrame<A, T>(path: string, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
    const name = `test-functions/fn-${++calls}.js`;
    await writeFile(join(extension, name), `export default ${fn.toString()};\n`);
    const reply = await controller!.evaluateWith(
      ({ path, module, arg }) =>
        new Promise<{ ok: boolean; value?: unknown; error?: string }>((resolve) => {
          const channel = new BroadcastChannel('verbatim-test-frames');
          const id = Math.random().toString(36).slice(2);
          const timer = setTimeout(() => resolve({ ok: false, error: `no frame at ${path} answered` }), 1500);
          channel.onmessage = ({ data }) => {
            if (data.id !== id) return;
            clearTimeout(timer);
            channel.close();
            resolve(data);
          };
          channel.postMessage({ id, path, module, arg });
        }),
      { path, module: `/${name}`, arg },
    );
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  }

  function bridgedFrame(owner: PpPage, path: string): TestPage {
    const frame: TestPage = {
      evaluate: (fn) => inFrame(path, fn as () => never, undefined),
      evaluateWith: (fn, arg) => inFrame(path, fn, arg),
      addScript: async (source) => {
        const name = `test-functions/script-${++calls}.js`;
        await writeFile(join(extension, name), source);
        // eslint-disable-next-line no-unsanitized/method -- a test file the harness itself just wrote
        await inFrame(path, (module: string) => import(module).then(() => undefined), `/${name}`);
      },
      waitFor: (selector, timeoutMs = 15_000) =>
        waitUntil(() => frame.evaluateWith((s: string) => document.querySelector(s) !== null, selector), timeoutMs, selector).then(() => undefined),
      text: (selector) => frame.evaluateWith((s: string) => document.querySelector(s)?.textContent ?? '', selector),
      // Real key presses: they reach the frame that has focus, as a user's would.
      press: (chord) => wrapPuppeteer(owner).press(chord),
      click: (selector) =>
        frame.evaluateWith((s: string) => {
          const element = document.querySelector<HTMLElement>(s);
          if (!element) throw new Error(`no ${s}`);
          element.click();
        }, selector),
      screenshot: (file) => wrapPuppeteer(owner).screenshot(file),
      setViewport: (width, height) => wrapPuppeteer(owner).setViewport(width, height),
      setColorScheme: (scheme) => wrapPuppeteer(owner).setColorScheme(scheme),
      close: () => owner.close(),
    };
    return frame;
  }

  /** Call the background's listeners of `event` (recorded by FIREFOX_EVENT_HOOK) with `args` and the tab. */
  async function dispatchInBackground(event: string, tabId: number, args: unknown[]): Promise<number> {
    const probe = await openExtensionPage('popup/index.html?tab=-1');
    const called = await probe.evaluateWith(
      async ({ event, tabId, args }) => {
        const api = (globalThis as unknown as { browser: Browser.Browser }).browser;
        const background = (await api.runtime.getBackgroundPage()) as unknown as {
          __verbatimDispatch(e: string, a: string, t: number): Promise<{ listeners: number; at: number }>;
        };
        return background.__verbatimDispatch(event, args, tabId);
      },
      { event, tabId, args: JSON.stringify(args) },
    );
    await probe.close();
    if (called.listeners === 0) throw new Error(`the background listens to no ${event}`);
    return called.at;
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
      const wrapped = wrapPuppeteer(page);
      ppPages.set(wrapped, page);
      return { tabId, page: wrapped };
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
    runCommand: (tabId, command) => dispatchInBackground(BROWSER_EVENTS.command, tabId, [command]),
    clickMenuItem: async (tabId, menuItemId) => {
      await dispatchInBackground(BROWSER_EVENTS.menu, tabId, [{ menuItemId, editable: false, pageUrl: '' }]);
    },
    async extensionFrame(page, path) {
      const owner = ppPages.get(page);
      if (!owner) throw new Error('not a page of this session');
      controller ??= await openExtensionPage('popup/index.html?tab=-1');
      // The frame's tab stays in front: background tabs are throttled.
      await owner.bringToFront();
      const frame = bridgedFrame(owner, `/${path}`);
      await waitUntil(() => frame.evaluate(() => document.readyState === 'complete'), 15_000, `the ${path} frame`);
      return frame;
    },
    async close() {
      await browser.close();
      await rm(extension, { recursive: true, force: true });
    },
  };
}
