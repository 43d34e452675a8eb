/**
 * The side panel: the article's direct quotes with who said them, and the
 * people it names with their roles. Choosing one jumps to it in the text.
 */
import type { Analysis, Person, Quote, Span } from '../../core/types';
import { el } from './dom';

export interface InsightsOptions {
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  onJump: (span: Span) => void;
}

export function renderInsights(analysis: Analysis, options: InsightsOptions): HTMLElement {
  const quotes = [...analysis.quotes.filter((q) => !q.fragment), ...analysis.quotes.filter((q) => q.fragment)];
  return el(
    'div',
    { class: 'insights-content' },
    section('Quotes', quotes.length, 'No direct quotes in this article.', quotes.map((quote) => quoteItem(quote, analysis.people, options))),
    section('People', analysis.people.length, 'No people named in this article.', analysis.people.map((person) => personItem(person, options))),
  );
}

function section(title: string, count: number, empty: string, items: HTMLElement[]): HTMLElement {
  const heading = el('h2', {}, title, ' ', el('span', { class: 'count' }, String(count)));
  return el('section', { class: 'insights-section' }, heading, items.length ? el('ul', { class: 'insights-list' }, ...items) : el('p', { class: 'empty' }, empty));
}

function quoteItem(quote: Quote, people: Person[], options: InsightsOptions): HTMLElement {
  const role = people.find((p) => p.name === quote.speaker)?.role ?? null;
  const words = el('span', { class: 'quote-words' }, `“${quote.text}”`);
  const who = el('span', { class: 'quote-speaker' }, quote.speaker ?? 'Unattributed', role ? el('span', { class: 'role' }, ` · ${role}`) : null);
  setLanguage(words, options);
  setLanguage(who, options);
  const button = el('button', { type: 'button', class: quote.fragment ? 'insight quote fragment' : 'insight quote', 'data-start': String(quote.start) }, words, who);
  button.addEventListener('click', () => options.onJump(quote));
  return el('li', {}, button);
}

function personItem(person: Person, options: InsightsOptions): HTMLElement {
  const mentions = person.mentions.length;
  const counts = `${mentions} ${mentions === 1 ? 'mention' : 'mentions'} · ${person.quotes.length} ${person.quotes.length === 1 ? 'quote' : 'quotes'}`;
  const name = el('span', { class: 'person-name' }, person.name);
  setLanguage(name, options);
  const parts = [name, person.role ? el('span', { class: 'person-role' }, person.role) : null, el('span', { class: 'person-counts' }, counts)];
  const first = person.mentions[0];
  // Someone named only in the byline has no mention in the text to jump to.
  if (!first) return el('li', {}, el('div', { class: 'insight person' }, ...parts));
  const button = el('button', { type: 'button', class: 'insight person', 'data-start': String(first.start) }, ...parts);
  button.addEventListener('click', () => options.onJump(first));
  return el('li', {}, button);
}

function setLanguage(element: HTMLElement, { lang, dir }: Pick<InsightsOptions, 'lang' | 'dir'>): void {
  if (lang) element.lang = lang;
  if (dir) element.dir = dir;
}
