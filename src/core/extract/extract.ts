import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from '../sanitize';
import { blockText, countWords, readingMinutes } from '../text';
import type { Article } from '../types';

export interface ExtractOptions {
  /** The page URL, when the document's own is not the real one (local files, tests). */
  url?: string;
  /** Extract even when the page does not look like an article. */
  force?: boolean;
}

/**
 * The pipeline: clone → Readability → DOMPurify (always last).
 * `doc` is never modified; its window provides the sanitizer.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const win = doc.defaultView;
  if (!win) throw new Error('extractArticle needs a document that has a window');
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { keepClasses: false }).parse();
  const html = parsed?.content ? sanitizeHtml(win, parsed.content) : '';
  // Parsing sanitized markup into an inert document runs nothing and loads nothing.
  const text = blockText(new win.DOMParser().parseFromString(html, 'text/html').body);
  const wordCount = countWords(text);
  const isArticle = wordCount > 0;
  return {
    isArticle,
    reason: isArticle ? null : 'No readable article text was found on this page.',
    title: parsed?.title?.trim() || doc.title.trim(),
    byline: parsed?.byline?.trim() || null,
    siteName: parsed?.siteName?.trim() || null,
    published: parsed?.publishedTime?.trim() || null,
    lang: parsed?.lang || doc.documentElement.lang || null,
    dir: parsed?.dir === 'rtl' ? 'rtl' : parsed?.dir === 'ltr' ? 'ltr' : null,
    url: options.url ?? doc.URL ?? null,
    excerpt: parsed?.excerpt?.trim() || null,
    leadImage: null,
    html,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    next: null,
    previous: null,
    removed: [],
  };
}
