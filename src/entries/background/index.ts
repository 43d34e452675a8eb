/**
 * The background script: a service worker in Chrome, an event page in
 * Firefox. It holds no DOM and no state; it wires browser events to actions.
 */
import browser, { type Runtime } from '../../platform/browser';
import { downloadFile } from '../../platform/downloads';
import { handleMessages, sendToTab, type BackgroundProtocol } from '../../platform/messages';
import { listenForSaveTriggers } from '../../platform/save-triggers';
import { createMenuItems, onCommand, onMenuClicked, toggleReader } from './reader';

// Listeners are registered synchronously at the top level so a woken service worker sees its event.
listenForSaveTriggers();
browser.commands.onCommand.addListener(onCommand);
browser.contextMenus.onClicked.addListener(onMenuClicked);
browser.runtime.onInstalled.addListener(createMenuItems);

handleMessages<BackgroundProtocol>({
  ping: () => ({ ready: true }),
  download: async (file) => ({ id: await downloadFile(file) }),
  readerToggle: async ({ tabId }) => {
    const result = await toggleReader(await browser.tabs.get(tabId));
    if (!result) throw new Error('Verbatim cannot open the reader on this page.');
    return result;
  },
  readerArticle: (_, sender) => sendToTab(readerTab(sender), 'readerArticle', {}),
  readerClose: (_, sender) => sendToTab(readerTab(sender), 'readerClose', {}),
});

/** The tab a reader frame is shown in. */
function readerTab(sender: Runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('The reader spoke from outside a tab.');
  return tabId;
}
