import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from '../sanitize';
import { blockText, countWords, readingMinutes } from '../text';
import type { Article } from '../types';
import { detectArticle } from './detect';
import { prepareImages } from './images';
import { completeMetadata, readMetadata } from './metadata';

export interface ExtractOptions {
  /** The page URL, when the document's own is not the real one (local files, tests). */
  url?: string;
  /** Extract even when the page does not look like an article. */
  force?: boolean;
  /** The window to sanitize with, for documents that have none (made by DOMParser). */
  window?: Window & typeof globalThis;
}

/**
 * The pipeline: metadata from the page → clone → images → Readability → DOMPurify (always last).
 * `doc` is never modified; its window provides the sanitizer.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const win = doc.defaultView ?? options.window;
  if (!win) throw new Error('extractArticle needs a document that has a window');
  const pageUrl = options.url ?? doc.URL;
  // Read before cleaning: navigation and bylines are among what cleaning removes.
  const pageMeta = readMetadata(doc, pageUrl);
  const clone = doc.cloneNode(true) as Document;
  const parseHtml = (markup: string) => new win.DOMParser().parseFromString(markup, 'text/html');
  const removed = prepareImages(clone, { url: pageUrl, parseHtml });
  const parsed = new Readability(clone, { keepClasses: false }).parse();
  const extracted = parsed?.content ? sanitizeHtml(win, parsed.content) : '';
  // Parsing sanitized markup into an inert document runs nothing and loads nothing.
  const content = parseHtml(extracted).body;
  const extractedText = blockText(content);
  const meta = completeMetadata(pageMeta, { text: extractedText, content, byline: parsed?.byline ?? null });
  const verdict = detectArticle(doc, { url: pageUrl, ogType: meta.ogType, ldTypes: meta.ldTypes, text: extractedText });
  // A page that is not an article keeps its metadata and verdict; its body only on request.
  const keep = verdict.isArticle || options.force === true;
  const html = keep ? extracted : '';
  const text = keep ? extractedText : '';
  const wordCount = countWords(text);
  return {
    isArticle: verdict.isArticle,
    reason: verdict.reason,
    title: meta.title || parsed?.title?.trim() || '',
    byline: meta.byline,
    siteName: meta.siteName,
    published: meta.published,
    lang: meta.lang,
    dir: meta.dir,
    url: meta.url,
    excerpt: meta.excerpt,
    leadImage: meta.leadImage,
    html,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    next: meta.next,
    previous: meta.previous,
    removed,
  };
}
