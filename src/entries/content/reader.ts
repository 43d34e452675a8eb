/**
 * Reader mode in the page: toggle it, hand the open reader its article, and
 * say so briefly when the page is not an article.
 */
import { extractArticle } from '../../core/extract/extract';
import type { Article } from '../../core/types';
import type { ReaderToggle } from '../../platform/messages';
import { closeReaderFrame, prepareReaderFrame, readerIsOpen, showReaderFrame } from './reader-frame';
import { dismissNotice, showNotice } from './notice';

let shown: Article | null = null;

export function toggleReader(force = false): ReaderToggle {
  if (readerIsOpen()) {
    closeReader();
    return { state: 'closed' };
  }
  dismissNotice();
  // The frame loads in parallel with the extraction below (it is another process in Chrome).
  prepareReaderFrame();
  let article: Article;
  try {
    article = extractArticle(document, { force, url: location.href });
  } catch (error) {
    closeReaderFrame();
    throw error;
  }
  if (!article.isArticle && !force) {
    closeReaderFrame();
    showNotice(article.reason ?? 'this page does not look like an article.', () => toggleReader(true));
    return { state: 'not-article' };
  }
  shown = article;
  showReaderFrame();
  return { state: 'opened' };
}

export function closeReader(): boolean {
  const wasOpen = readerIsOpen();
  closeReaderFrame();
  shown = null;
  return wasOpen;
}

export function readerArticle(): Article {
  if (!shown) throw new Error('The reader is not open in this tab.');
  return shown;
}
