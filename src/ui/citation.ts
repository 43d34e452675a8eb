/**
 * A quote as a citation someone can paste: the words, who said them, where.
 *   “Syria will adhere to all agreements signed with Russia.”
 *   — Ahmed al-Sharaa, Syrian President, quoted in “For Syrians, …”, The Media Line, https://…
 */
import type { Article, Quote } from '../core/types';
import { siteLabel } from './format';

export function formatCitation(
  quote: Pick<Quote, 'text' | 'speaker'>,
  role: string | null,
  article: Pick<Article, 'title' | 'siteName' | 'url'>,
): string {
  const who = quote.speaker ? [quote.speaker, role].filter(Boolean).join(', ') : 'Unattributed';
  const source = [`quoted in “${article.title}”`, siteLabel(article), article.url].filter(Boolean).join(', ');
  return `“${quote.text}”\n— ${who}, ${source}`;
}
