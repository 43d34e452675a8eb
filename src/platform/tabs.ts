import browser, { type Tabs } from './browser';
import { sendToTab } from './messages';

/** The tab the user is looking at in the current window. */
export async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Inject the content script once; later calls find it answering. */
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, 'ping', {});
    return;
  } catch {
    // Not there yet: inject it.
  }
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content.js'] });
}
