import type { Analysis, Article, Person, Quote } from '../types';

/** What every saved copy says about its article, in the same words whatever the format. */

/** `2025-10-21T08:00:00Z` → `2025-10-21`; anything unparseable is kept as written. */
export function day(iso: string | null): string | null {
  if (!iso) return null;
  const match = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return match ? match[0] : iso;
}

/** Only web (and local file) addresses become links: an imported record could carry `javascript:`. */
export function linkable(url: string | null): url is string {
  return !!url && /^(https?|file):/i.test(url);
}

export interface CopyFacts {
  title: string;
  byline: string | null;
  site: string | null;
  published: string | null;
  url: string | null;
  saved: string;
}

export function copyFacts(article: Article, savedAt: string): CopyFacts {
  return {
    title: article.title.trim() || 'Untitled article',
    byline: article.byline,
    site: article.siteName,
    published: day(article.published),
    url: article.url,
    saved: savedAt,
  };
}

/** Quotes in reading order, whole quotes before the short phrases quoted inside narration. */
export function listedQuotes(analysis: Analysis): Quote[] {
  return [...analysis.quotes].sort((a, b) => Number(a.fragment) - Number(b.fragment) || a.start - b.start);
}

export function speakerLabel(quote: Quote): string {
  return quote.speaker ?? 'unattributed';
}

export function personLabel(person: Person): string {
  return person.role ? `${person.name}, ${person.role}` : person.name;
}
