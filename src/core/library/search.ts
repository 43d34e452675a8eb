import type { LibraryEntry } from './record';

/**
 * Full-text search over title and text by scanning: every word of the query
 * must occur, case- and accent-insensitively. A scan of 1,000 articles'
 * normalized text takes milliseconds, so no index has to be kept in step.
 */

export function normalizeForSearch(text: string): string {
  // split/join rather than replace(/\s+/g): V8 leaves a global replace's result as a tree of
  // pieces that the first search must flatten (~0.5 ms an article; join builds it flat).
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('und').split(/\s+/).join(' ');
}

export interface Searchable {
  entry: LibraryEntry;
  haystack: string;
}

export function searchable(entry: LibraryEntry): Searchable {
  return { entry, haystack: normalizeForSearch(`${entry.title}\n${entry.siteName ?? ''}\n${entry.byline ?? ''}\n${entry.text}`) };
}

export function search(items: readonly Searchable[], query: string): LibraryEntry[] {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return items.map((i) => i.entry);
  return items.filter((item) => words.every((w) => item.haystack.includes(w))).map((i) => i.entry);
}
