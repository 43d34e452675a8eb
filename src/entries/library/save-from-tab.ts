/**
 * `?save=TAB&format=F`: what the context menu and the keyboard command open.
 * Read that tab (they came with an activeTab grant for it), save the copy,
 * and show what was kept.
 */
import { injectionFailureMessage, restrictedReason } from '../../core/restricted';
import { isSaveFormat } from '../../core/serialize/formats';
import browser from '../../platform/browser';
import { getRecord } from '../../platform/library-db';
import { sendToTab } from '../../platform/messages';
import { saveArticle } from '../../platform/save-copy';
import { ensureContentScript } from '../../platform/tabs';
import { saveSummary } from '../../ui/save-bar';
import { alertUser, errorText, notify } from './dom';
import { showList } from './list';
import { showRecord } from './read-view';

export async function saveFromTab(tabId: number, format: string): Promise<void> {
  if (!isSaveFormat(format)) return alertUser(`Unknown format “${format}”.`);
  notify('Saving a clean copy…');
  try {
    const tab = await browser.tabs.get(tabId);
    const reason = restrictedReason(tab.url);
    if (reason) throw new Error(reason);
    try {
      await ensureContentScript(tabId);
    } catch (error) {
      throw new Error(injectionFailureMessage(tab.url, error));
    }
    const article = await sendToTab(tabId, 'extract', {});
    if (!article.isArticle) throw new Error(article.reason ?? 'This page does not look like an article.');
    const result = await saveArticle(window, { article, format, tabId });
    const record = result.id ? await getRecord(result.id) : null;
    if (record) showRecord(record);
    else await showList();
    if (result.libraryError || result.downloadError) alertUser(saveSummary(result));
    else notify(saveSummary(result));
  } catch (error) {
    await showList();
    alertUser(`Could not save that page: ${errorText(error)}`);
  }
}
