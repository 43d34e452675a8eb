/**
 * The reader's triggers: the keyboard command, the page context-menu item and
 * the popup's message all end in `toggleReader`. The command and the menu click
 * grant activeTab for the tab, which is what lets the content script in.
 */
import { restrictedReason } from '../../core/restricted';
import browser, { type Menus, type Tabs } from '../../platform/browser';
import { sendToTab, type ReaderToggle } from '../../platform/messages';
import { ensureContentScript } from '../../platform/tabs';

export const READER_COMMAND = 'toggle-reader';
export const READER_MENU_ITEM = 'verbatim-reader';

export async function toggleReader(tab: Pick<Tabs.Tab, 'id' | 'url'> | undefined): Promise<ReaderToggle | null> {
  if (tab?.id === undefined) return null;
  // The URL is known only once access is granted; when it is, skip pages no extension may touch.
  if (tab.url && restrictedReason(tab.url)) return null;
  await ensureContentScript(tab.id);
  return sendToTab(tab.id, 'readerToggle', {});
}

export function onCommand(command: string, tab: Tabs.Tab | undefined): void {
  if (command !== READER_COMMAND) return;
  void (tab ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t))
    .then(toggleReader)
    .catch(report);
}

export function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  if (info.menuItemId !== READER_MENU_ITEM) return;
  toggleReader(tab).catch(report);
}

/** Context-menu items persist with the extension: create them once, at install or update. */
export function createMenuItems(): void {
  browser.contextMenus.create({ id: READER_MENU_ITEM, title: 'Reader mode', contexts: ['page'] }, () => {
    // Reading lastError acknowledges a duplicate id after a browser update; nothing else to do.
    void browser.runtime.lastError;
  });
}

function report(error: unknown): void {
  console.warn('Verbatim reader:', error instanceof Error ? error.message : error);
}
