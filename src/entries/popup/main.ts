/**
 * The popup: find the tab, have its content script extract the article,
 * show it, then quotes and people. Every way this can go wrong ends in a
 * state that says what happened.
 */
import { contextBefore } from '../../core/locate';
import { injectionFailureMessage, restrictedReason } from '../../core/restricted';
import type { Article } from '../../core/types';
import browser from '../../platform/browser';
import { sendToBackground, sendToTab } from '../../platform/messages';
import { activeTab, ensureContentScript } from '../../platform/tabs';
import { renderStatus, type StatusAction, type StatusKind } from '../../ui/status';
import type { IconName } from '../../ui/icons';
import { analyzeArticle, preloadAnalyzer } from './analysis';
import { afterPaint, MARKS } from './marks';
import { renderArticleView } from './view';

const app = document.getElementById('app')!;
/** Progress shows only when extraction is not near-instant, so fast pages do not flicker. */
const LOADING_DELAY_MS = 150;

/** The tab to read: `?tab=ID` when opened as a page (tests, bench), else the active tab. */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param ? await browser.tabs.get(Number(param)) : await activeTab();
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

function showState(state: string, kind: StatusKind, title: string, message: string, icon?: IconName, action?: StatusAction): void {
  app.replaceChildren(renderStatus(kind, message, { state, title, icon, action }));
  app.classList.add('popup-state');
  app.setAttribute('aria-busy', String(kind === 'loading'));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Inject if needed, extract (forced or not) and show the result; nothing thrown escapes. */
async function extractAndShow(tab: { id: number; url: string | undefined }, force: boolean): Promise<void> {
  performance.mark(MARKS.extractRequested);
  const slow = setTimeout(() => {
    showState('loading', 'loading', 'Reading the article…', 'Reading the article…');
    performance.mark(MARKS.loadingShown);
  }, LOADING_DELAY_MS);
  let article: Article;
  try {
    try {
      await ensureContentScript(tab.id);
    } catch (error) {
      return showState('restricted', 'notice', 'Verbatim cannot read this page', injectionFailureMessage(tab.url, error), 'lock');
    }
    article = await sendToTab(tab.id, 'extract', force ? { force: true } : {});
  } catch (error) {
    return showState('failed', 'error', 'Verbatim could not read this page', `The extraction failed: ${errorText(error)}`, 'alert');
  } finally {
    clearTimeout(slow);
  }
  if (!article.isArticle && !force) {
    return showState('not-article', 'notice', 'This page does not look like an article', article.reason ?? 'Verbatim found no article text on it.', 'page', {
      label: 'Extract anyway',
      run: () => void extractAndShow(tab, true),
    });
  }
  // Asked to extract anyway: show whatever text there is, or say there is none.
  if (!article.text.trim()) {
    return showState('nothing', 'notice', 'Nothing to read here', article.reason ?? 'Verbatim found no text on this page.', 'page');
  }
  await showArticle(tab.id, article);
}

async function showArticle(tabId: number, article: Article): Promise<void> {
  const view = renderArticleView(article, {
    showInPage: async (quote) => (await sendToTab(tabId, 'highlight', { text: quote.text, before: contextBefore(article.text, quote.start) })).found,
    // The serializers load on the first click, so they never slow the popup's first paint.
    save: async (format) => (await import('../../platform/save-copy')).saveArticle(window, { article, format, tabId }),
    libraryUrl: browser.runtime.getURL('library/index.html'),
    openReader: async () => {
      await sendToBackground('readerToggle', { tabId });
      window.close();
    },
  });
  app.classList.remove('popup-state');
  app.replaceChildren(view.element);
  app.setAttribute('aria-busy', 'false');
  document.title = `${article.title} — Verbatim`;
  // The analysis blocks the main thread for a moment: start it once the article is on screen.
  // (A hidden page never paints; the timeout keeps quotes coming there too.)
  await Promise.race([afterPaint().then(() => performance.mark(MARKS.articlePainted)), new Promise((r) => setTimeout(r, 200))]);
  try {
    view.showAnalysis(await analyzeArticle(article));
    void afterPaint().then(() => performance.mark(MARKS.analysisShown));
  } catch (error) {
    view.showAnalysisError(error);
  }
}

async function run(): Promise<void> {
  // Fetch the analyzer's chunk while the tab works; a failure surfaces when it is used.
  preloadAnalyzer().catch(() => undefined);
  try {
    const tab = await targetTab();
    const reason = restrictedReason(tab?.url);
    if (!tab || reason) {
      return showState('restricted', 'notice', 'Verbatim cannot read this page', reason ?? 'There is no tab to read.', 'lock');
    }
    await extractAndShow(tab, false);
  } catch (error) {
    showState('failed', 'error', 'Verbatim could not read this page', errorText(error), 'alert');
  }
}

document.addEventListener('keydown', (event) => {
  // Escape closes the popup, as browsers' own popups do.
  if (event.key === 'Escape' && !event.defaultPrevented) window.close();
});

void run();
