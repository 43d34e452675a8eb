/**
 * A list of quotes: the words, who said them and in what role, and optional
 * actions per quote. Fragments (scare quotes, a few quoted words) are styled
 * lighter; whether to include them is the caller's choice.
 */
import type { Person, Quote } from '../core/types';
import { el, setLanguage, uniqueId } from './dom';
import { icon } from './icons';

export interface QuoteListOptions {
  /** The analysis's people, to give each speaker their role. */
  people: Person[];
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** When given, each quote gets a "Copy citation" button. */
  onCopy?: (quote: Quote, role: string | null) => void | Promise<void>;
  /** When given, each quote gets a "Show in page" button. */
  onShow?: (quote: Quote) => void | Promise<void>;
}

/** The role of a quote's speaker, when the speaker is a person of the analysis. */
export function speakerRole(quote: Pick<Quote, 'speaker'>, people: Person[]): string | null {
  return people.find((p) => p.name === quote.speaker)?.role ?? null;
}

export function renderQuoteList(quotes: Quote[], options: QuoteListOptions): HTMLElement {
  const list = el('ol', { class: 'vb-quotes' });
  for (const quote of quotes) list.append(renderQuote(quote, options));
  return list;
}

function renderQuote(quote: Quote, options: QuoteListOptions): HTMLElement {
  const role = speakerRole(quote, options.people);
  const textId = uniqueId('vb-quote');
  const words = el('blockquote', { class: 'vb-quote-text', id: textId }, quote.text);
  setLanguage(words, options.lang, options.dir);
  const speaker = el(
    'p',
    { class: 'vb-quote-speaker' },
    el('span', { class: 'vb-quote-name' }, quote.speaker ?? 'Unattributed'),
    role && el('span', { class: 'vb-quote-role' }, role),
  );
  setLanguage(speaker, options.lang, options.dir);

  const actions: HTMLElement[] = [];
  if (options.onCopy) {
    const copy = el('button', { type: 'button', class: 'vb-chip-button', 'data-action': 'copy-citation', 'aria-describedby': textId }, icon('copy'), el('span', {}, 'Copy citation'));
    copy.addEventListener('click', () => void options.onCopy?.(quote, role));
    actions.push(copy);
  }
  if (options.onShow) {
    const show = el('button', { type: 'button', class: 'vb-chip-button', 'data-action': 'show-in-page', 'aria-describedby': textId }, icon('locate'), el('span', {}, 'Show in page'));
    show.addEventListener('click', () => void options.onShow?.(quote));
    actions.push(show);
  }

  return el(
    'li',
    { class: quote.fragment ? 'vb-quote vb-quote--fragment' : 'vb-quote', 'data-fragment': quote.fragment },
    el('figure', {}, words, el('figcaption', {}, speaker)),
    actions.length > 0 && el('div', { class: 'vb-quote-actions' }, ...actions),
  );
}
