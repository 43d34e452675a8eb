import type { Analysis, Article } from '../types';
import { copyFacts, listedQuotes, personLabel, speakerLabel } from './appendix';

/**
 * Plain text: a header, the article's paragraphs, then quotes and people. The paragraphs are
 * `article.text`, the running story without image captions: a caption without its image reads as a
 * stray line, the quotes and people listed below are found in that same text, and the HTML and
 * Markdown copies keep each image with its caption.
 */
export function toText(article: Article, analysis: Analysis, options: { savedAt: string }): string {
  const facts = copyFacts(article, options.savedAt);
  const lines = [facts.title];
  if (facts.byline) lines.push(facts.byline);
  const about = [facts.site, facts.published].filter(Boolean).join(', ');
  if (about) lines.push(about);
  if (facts.url) lines.push(`Source: ${facts.url}`);
  lines.push(`Saved: ${facts.saved}`, '', article.text.trim());
  if (analysis.quotes.length > 0) {
    lines.push('', '', 'QUOTES', '');
    for (const quote of listedQuotes(analysis)) lines.push(`“${quote.text}” — ${speakerLabel(quote)}${quote.fragment ? ' (phrase)' : ''}`);
  }
  if (analysis.people.length > 0) {
    lines.push('', '', 'PEOPLE', '');
    for (const person of analysis.people) lines.push(personLabel(person));
  }
  return lines.join('\n') + '\n';
}
