/**
 * The quotes of an analysis with two controls: a "show short fragments"
 * toggle (fragments are hidden by default: they are a few quoted words, not
 * statements) and a speaker filter the people list can set.
 * Returns the element and `setSpeaker`, so another view can filter it.
 */
import type { Analysis, Quote } from '../core/types';
import { el } from './dom';
import { icon } from './icons';
import { renderQuoteList, type QuoteListOptions } from './quote-list';
import { renderStatus } from './status';

export interface QuotesPanelOptions extends Omit<QuoteListOptions, 'people'> {
  /** Called when the speaker filter changes (null: all speakers). */
  onSpeakerChange?: (speaker: string | null) => void;
}

export interface QuotesPanel {
  element: HTMLElement;
  setSpeaker(speaker: string | null): void;
}

export function createQuotesPanel(analysis: Analysis, options: QuotesPanelOptions): QuotesPanel {
  let speaker: string | null = null;
  let showFragments = false;
  const listOptions: QuoteListOptions = { ...options, people: analysis.people };

  const toggle = el('input', { type: 'checkbox', class: 'vb-toggle-input' });
  const fragmentCount = el('span', { class: 'vb-toggle-count' });
  const toggleLabel = el('label', { class: 'vb-toggle' }, toggle, el('span', {}, 'Show short fragments'), fragmentCount);
  const filter = el('div', { class: 'vb-filter' });
  const controls = el('div', { class: 'vb-quotes-controls' }, filter, toggleLabel);
  const results = el('div', { class: 'vb-quotes-results' });
  const element = el('div', { class: 'vb-quotes-panel' }, controls, results);

  toggle.addEventListener('change', () => {
    showFragments = toggle.checked;
    update();
  });

  function update(): void {
    const bySpeaker = speaker === null ? analysis.quotes : analysis.quotes.filter((q) => q.speaker === speaker);
    const fragments = bySpeaker.filter((q) => q.fragment).length;
    const shown = showFragments ? bySpeaker : bySpeaker.filter((q) => !q.fragment);

    toggleLabel.hidden = fragments === 0;
    fragmentCount.textContent = `(${fragments})`;
    filter.replaceChildren(...(speaker === null ? [] : [speakerChip(speaker)]));
    controls.hidden = toggleLabel.hidden && speaker === null;
    results.replaceChildren(shown.length > 0 ? renderQuoteList(shown, listOptions) : renderStatus('empty', emptyMessage(bySpeaker, speaker)));
  }

  function speakerChip(name: string): HTMLElement {
    const clear = el('button', { type: 'button', class: 'vb-chip-button vb-filter-clear', 'aria-label': `Show quotes by everyone, not only ${name}` }, icon('close'));
    clear.addEventListener('click', () => {
      setSpeaker(null);
      toggle.focus();
      if (toggleLabel.hidden) results.focus();
    });
    return el('p', { class: 'vb-filter-chip' }, el('span', {}, 'Quotes by ', el('strong', {}, name)), clear);
  }

  function setSpeaker(next: string | null): void {
    speaker = next;
    update();
    options.onSpeakerChange?.(speaker);
  }

  results.tabIndex = -1;
  update();
  return { element, setSpeaker };
}

/** Say why the list is empty, never show an empty box. */
function emptyMessage(candidates: Quote[], speaker: string | null): string {
  const fragments = candidates.filter((q) => q.fragment).length;
  const who = speaker === null ? 'this article' : `${speaker} in this article`;
  if (candidates.length === 0) return speaker === null ? 'No direct quotes in this article.' : `No direct quotes by ${speaker} in this article.`;
  return `Only short fragments from ${who} (${fragments}): turn on “Show short fragments” to see them.`;
}
