import { injectionFailureMessage, restrictedReason } from '../../core/restricted';
import { sanitizeToFragment } from '../../core/sanitize';
import type { Article } from '../../core/types';
import browser from '../../platform/browser';
import { sendToTab } from '../../platform/messages';
import { activeTab, ensureContentScript } from '../../platform/tabs';
import { saveBar } from '../../ui/save-bar';

const app = document.getElementById('app')!;
const status = document.getElementById('status')!;

/** The tab to read: `?tab=ID` when opened as a page (tests, debugging), else the active tab. */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const tab = await activeTab();
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

function showMessage(text: string, kind: 'status' | 'error'): void {
  const p = document.createElement('p');
  p.className = kind;
  p.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  p.textContent = text;
  app.replaceChildren(p);
  app.setAttribute('aria-busy', 'false');
}

function render(article: Article, tabId: number): void {
  const title = document.createElement('h1');
  title.className = 'title';
  title.textContent = article.title;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [article.siteName, article.byline, `${article.readingMinutes} min read`].filter(Boolean).join(' · ');
  const body = document.createElement('article');
  body.className = 'body';
  if (article.lang) body.lang = article.lang;
  if (article.dir) body.dir = article.dir;
  // The article came from a page: it enters this page only through DOMPurify.
  body.append(sanitizeToFragment(window, article.html));
  // The serializers load on the first click, so they never slow the popup's first paint.
  const save = saveBar(async (format) => (await import('../../platform/save-copy')).saveArticle(window, { article, format, tabId }));
  const library = document.createElement('a');
  library.className = 'library-link';
  library.href = browser.runtime.getURL('library/index.html');
  library.target = '_blank';
  library.textContent = 'Open the library';
  save.append(library);
  app.replaceChildren(title, meta, save, body);
  app.setAttribute('aria-busy', 'false');
}

async function run(): Promise<void> {
  // Show progress only if extraction is not near-instant, so fast pages do not flicker.
  const slow = setTimeout(() => (status.hidden = false), 150);
  try {
    const tab = await targetTab();
    const reason = restrictedReason(tab?.url);
    if (!tab || reason) return showMessage(reason ?? 'No tab to read.', 'error');
    try {
      await ensureContentScript(tab.id);
    } catch (error) {
      return showMessage(injectionFailureMessage(tab.url, error), 'error');
    }
    const article = await sendToTab(tab.id, 'extract', {});
    if (!article.isArticle) return showMessage(article.reason ?? 'This page does not look like an article.', 'error');
    render(article, tab.id);
  } catch (error) {
    showMessage(`Verbatim could not read this page: ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    clearTimeout(slow);
  }
}

void run();
