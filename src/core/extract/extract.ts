import { Readability } from '@mozilla/readability';
import { sanitizeInPlace } from '../sanitize';
import { blockText, countWords, readingMinutes } from '../text';
import type { Article } from '../types';
import { detectArticle } from './detect';
import { markCaptions } from './captions';
import { cloneDocument, Removals } from './dom';
import { baseUrlOf, prepareImages } from './images';
import { leadFigureCandidates, restoreLeadFigure } from './lead-figure';
import { completeMetadata, readMetadata } from './metadata';
import { postClean } from './postclean';
import { preClean } from './preclean';
import { byTag, TagIndex } from './walk';

export interface ExtractOptions {
  /** The page URL, when the document's own is not the real one (local files, tests). */
  url?: string;
  /** Extract even when the page does not look like an article. */
  force?: boolean;
  /** The window to sanitize with, for documents that have none (made by DOMParser). */
  window?: Window & typeof globalThis;
}

/**
 * The pipeline: metadata from the page → clone → images → captions → pre-clean → Readability → post-clean →
 * DOMPurify (always last). `doc` is never modified; its window provides the sanitizer. Every element
 * the cleaning passes drop is listed in `removed` with the rule that dropped it.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const win = doc.defaultView ?? options.window;
  if (!win) throw new Error('extractArticle needs a document that has a window');
  const pageUrl = options.url ?? doc.URL;
  // Read before cleaning: navigation and bylines are among what cleaning removes.
  const tags = new TagIndex(doc);
  const pageMeta = readMetadata(doc, pageUrl, tags);
  const clone = cloneDocument(doc);
  const parseHtml = (markup: string) => new win.DOMParser().parseFromString(markup, 'text/html');
  const removals = new Removals();
  const media: Element[] = [];
  removals.list.push(...prepareImages(clone, { url: pageUrl, base: baseUrlOf(doc, pageUrl, tags.all('base')), parseHtml, media }));
  // Before pre-clean: a credit the page marks only by class is part of its image's caption.
  markCaptions(clone, media);
  preClean(clone, removals);
  const leadFigures = leadFigureCandidates(clone);
  // Classes are kept for post-clean's hints (pull quotes, leftover widgets); DOMPurify strips them.
  const parsed = new Readability(clone, { keepClasses: true, serializer: (el: Node) => el }).parse();
  // The sanitized article, in an element of the sanitizer's own document (inert: nothing runs or loads).
  const content = win.document.createElement('div');
  if (parsed?.content) {
    const article = parsed.content as unknown as Element;
    restoreLeadFigure(article, leadFigures);
    postClean(article, { titles: pageTitles(doc, parsed.title ?? '', pageMeta.title), byline: pageMeta.byline ?? parsed.byline ?? null, url: pageUrl }, removals);
    // Sanitized where it stands in the copy (a document without a window: nothing in it runs or
    // loads), sparing DOMPurify a copy of its own; only then does it move into the sanitizer's document.
    content.append(sanitizeInPlace(win, article));
  }
  const extracted = content.innerHTML;
  const extractedText = blockText(content);
  const meta = completeMetadata(pageMeta, { text: extractedText, content, byline: parsed?.byline ?? null });
  const verdict = detectArticle(doc, { url: pageUrl, ogType: meta.ogType, ldTypes: meta.ldTypes, text: extractedText }, tags);
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
    removed: removals.list,
  };
}

/** The headline as the page states it (repeats of it in the body are dropped). */
function pageTitles(doc: Document, readabilityTitle: string, metaTitle: string): string[] {
  const isTitleMeta = (meta: Element) => meta.getAttribute('property') === 'og:title' || meta.getAttribute('name') === 'twitter:title';
  const og = (doc.head ? byTag(doc.head, 'meta').find(isTitleMeta)?.getAttribute('content') : null) ?? '';
  return [readabilityTitle, metaTitle, og, doc.title].filter(Boolean);
}
