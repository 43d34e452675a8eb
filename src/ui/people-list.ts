/**
 * The people an article names: each with role, mentions and quotes. With
 * `onSelect`, each person is a toggle button (aria-pressed) — the popup uses
 * it to filter the quotes to one speaker.
 */
import type { Person } from '../core/types';
import { el, setLanguage } from './dom';
import { formatCount, uiLocale } from './format';

export interface PeopleListOptions {
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  locale?: string;
  /** The selected person's name, shown pressed. */
  selected?: string | null;
  onSelect?: (person: Person) => void;
}

const AVATAR_COLOURS = 6;

export function renderPeopleList(people: Person[], options: PeopleListOptions): HTMLElement {
  const locale = options.locale ?? uiLocale();
  const list = el('ul', { class: 'vb-people' });
  for (const person of people) {
    const counts = `${formatCount(person.mentions.length, 'mention', 'mentions', locale)} · ${formatCount(person.quotes.length, 'quote', 'quotes', locale)}`;
    const name = el('span', { class: 'vb-person-name' }, person.name);
    const role = person.role ? el('span', { class: 'vb-person-role' }, person.role) : null;
    setLanguage(name, options.lang, options.dir);
    if (role) setLanguage(role, options.lang, options.dir);
    const content = [
      el('span', { class: `vb-avatar vb-avatar--${colourIndex(person.name)}`, 'aria-hidden': 'true' }, initials(person.name)),
      el('span', { class: 'vb-person-text' }, name, role, el('span', { class: 'vb-person-counts' }, counts)),
    ];
    const item = options.onSelect
      ? el('button', { type: 'button', class: 'vb-person', 'data-person': person.name, 'aria-pressed': String(person.name === options.selected) }, ...content)
      : el('div', { class: 'vb-person' }, ...content);
    if (options.onSelect) item.addEventListener('click', () => options.onSelect?.(person));
    list.append(el('li', {}, item));
  }
  return list;
}

/** "Ahmed al-Sharaa" → "AS": first letters of the first and last capitalised words (any script). */
export function initials(name: string): string {
  const words = name.split(/\s+/).map((w) => w.replace(/^(?:al|el|bin|ibn|de|van|von)-/i, '')).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/** A stable colour per name, so a person keeps theirs between opens. */
function colourIndex(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return hash % AVATAR_COLOURS;
}
