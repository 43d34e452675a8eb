/**
 * Saving without the popup: a context-menu item per format and a keyboard
 * command. Both come with an activeTab grant for the tab; the background has no
 * DOM in Chrome, so they open the library page, which reads the tab, saves the
 * copy and shows it.
 */
import browser, { type Tabs } from './browser';

export const SAVE_COMMAND = 'save-article';
const MENU_PREFIX = 'verbatim-save-';
const MENU_ITEMS = [
  ['html', 'Save clean copy as HTML'],
  ['md', 'Save clean copy as Markdown'],
  ['txt', 'Save clean copy as text'],
] as const;

function savePageUrl(tabId: number, format: string): string {
  return browser.runtime.getURL(`library/index.html?save=${tabId}&format=${format}`);
}

async function openSave(tab: Tabs.Tab | undefined, format: string): Promise<void> {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return;
  await browser.tabs.create({ url: savePageUrl(target.id, format), index: (target.index ?? 0) + 1, windowId: target.windowId });
}

/**
 * Menus persist across background restarts in both browsers: create them once, on install and
 * update. Several top-level items are grouped under the extension's name by the browser.
 */
function createSaveMenu(): void {
  for (const [format, title] of MENU_ITEMS) browser.contextMenus.create({ id: MENU_PREFIX + format, title, contexts: ['page', 'selection'] });
}

/** Registered synchronously at the top level, so a background woken by one of these events sees it. */
export function listenForSaveTriggers(): void {
  browser.runtime.onInstalled.addListener(createSaveMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const id = String(info.menuItemId);
    if (id.startsWith(MENU_PREFIX)) void openSave(tab, id.slice(MENU_PREFIX.length));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND) void openSave(tab, 'html');
  });
}
