import type { Analysis, Article } from '../types';

/**
 * What the library keeps of a saved article. `html` is sanitized markup, its
 * images embedded as data URLs where they could be, so the article opens
 * offline. `id` is a hash of the content, so saving or importing the same
 * article twice keeps one entry, and a stored entry can be checked intact.
 */
export interface LibraryRecord {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  url: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
  /** ISO date and time. */
  savedAt: string;
  html: string;
  text: string;
  analysis: Analysis;
}

/** The fields a listing needs: everything but the markup and the analysis. */
export type LibraryEntry = Omit<LibraryRecord, 'html' | 'analysis'>;

/** The fields that make an article the same article; the rest is when it was saved and what was derived from it. */
function identity(r: Omit<LibraryRecord, 'id' | 'savedAt' | 'analysis' | 'excerpt' | 'wordCount' | 'readingMinutes'>): string {
  return JSON.stringify([r.url, r.title, r.byline, r.siteName, r.published, r.lang, r.dir, r.html, r.text]);
}

/** SHA-256 of the content, hex. Web Crypto: the same in extension pages and Node. */
export async function contentHash(record: Parameters<typeof identity>[0]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(identity(record)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `html` must already be sanitized (and may have its images embedded). */
export async function toRecord(article: Article, html: string, analysis: Analysis, savedAt: string): Promise<LibraryRecord> {
  const base = {
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    published: article.published,
    url: article.url,
    lang: article.lang,
    dir: article.dir,
    excerpt: article.excerpt,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    savedAt,
    html,
    text: article.text,
    analysis,
  };
  return { id: await contentHash(base), ...base };
}

/** An Article again, for the serializers and the reader. */
export function toArticle(record: LibraryRecord): Article {
  return {
    isArticle: true,
    reason: null,
    title: record.title,
    byline: record.byline,
    siteName: record.siteName,
    published: record.published,
    lang: record.lang,
    dir: record.dir,
    url: record.url,
    excerpt: record.excerpt,
    leadImage: null,
    html: record.html,
    text: record.text,
    wordCount: record.wordCount,
    readingMinutes: record.readingMinutes,
    next: null,
    previous: null,
    removed: [],
  };
}

export function splitRecord(record: LibraryRecord): { entry: LibraryEntry; body: { id: string; html: string; analysis: Analysis } } {
  const { html, analysis, ...entry } = record;
  return { entry, body: { id: record.id, html, analysis } };
}
