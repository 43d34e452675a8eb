// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../../src/core/types';
import { createQuotesPanel } from '../../src/ui/quotes-panel';
import { renderTabs, selectTab, setTabCount } from '../../src/ui/tabs';

function quote(text: string, speaker: string | null, fragment = false): Quote {
  return { text, speaker, fragment, confidence: 1, speakerMention: null, start: 0, end: text.length };
}

describe('renderTabs', () => {
  function setup() {
    const selected: string[] = [];
    const root = renderTabs(
      ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase(), content: document.createTextNode(`panel ${id}`) })),
      { label: 'Views', onSelect: (id) => selected.push(id) },
    );
    document.body.replaceChildren(root);
    const tab = (id: string) => root.querySelector<HTMLElement>(`#vb-tab-${id}`)!;
    const key = (id: string, k: string) => tab(id).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    const visible = () => [...root.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((p) => !p.hidden).map((p) => p.id);
    return { root, tab, key, visible, selected };
  }

  it('is an ARIA tablist with one tab stop and labelled panels', () => {
    const { root, tab, visible } = setup();
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Views');
    expect(tab('a').getAttribute('aria-selected')).toBe('true');
    expect([tab('a').tabIndex, tab('b').tabIndex, tab('c').tabIndex]).toEqual([0, -1, -1]);
    expect(tab('b').getAttribute('aria-controls')).toBe('vb-panel-b');
    expect(root.querySelector('#vb-panel-b')?.getAttribute('aria-labelledby')).toBe('vb-tab-b');
    expect(visible()).toEqual(['vb-panel-a']);
  });

  it('moves with the arrow keys (wrapping), Home and End, focusing and selecting', () => {
    const { tab, key, visible, selected } = setup();
    key('a', 'ArrowRight');
    expect(document.activeElement).toBe(tab('b'));
    expect(visible()).toEqual(['vb-panel-b']);
    key('b', 'ArrowLeft');
    key('a', 'ArrowLeft');
    expect(document.activeElement).toBe(tab('c'));
    key('c', 'Home');
    expect(document.activeElement).toBe(tab('a'));
    key('a', 'End');
    expect(visible()).toEqual(['vb-panel-c']);
    expect(selected).toEqual(['b', 'a', 'c', 'a', 'c']);
  });

  it('mirrors the arrow keys in a right-to-left UI', () => {
    const { root, tab, key } = setup();
    root.querySelector<HTMLElement>('[role="tablist"]')!.dir = 'rtl';
    key('a', 'ArrowLeft');
    expect(document.activeElement).toBe(tab('b'));
  });

  it('selects from code and shows counts only once known', () => {
    const { root, tab, visible } = setup();
    const badge = tab('b').querySelector<HTMLElement>('.vb-tab-count')!;
    expect(badge.hidden).toBe(true);
    setTabCount(root, 'b', 7);
    expect([badge.hidden, badge.textContent]).toEqual([false, '7']);
    selectTab(root, 'c');
    expect(visible()).toEqual(['vb-panel-c']);
  });
});

describe('createQuotesPanel', () => {
  const analysis: Analysis = {
    quotes: [quote('We must act now.', 'Ada Lovelace'), quote('unrealistic', 'officials', true), quote('Not yet.', 'Charles Babbage'), quote('odd', 'Ada Lovelace', true)],
    people: [
      { name: 'Ada Lovelace', role: 'mathematician', aliases: [], mentions: [], quotes: [0, 3] },
      { name: 'Charles Babbage', role: null, aliases: [], mentions: [], quotes: [2] },
    ],
  };
  const shown = (panel: HTMLElement) => [...panel.querySelectorAll('.vb-quote-text')].map((q) => q.textContent);

  it('hides fragments behind a toggle that says how many there are', () => {
    const { element } = createQuotesPanel(analysis, { lang: 'en', dir: null });
    document.body.replaceChildren(element);
    expect(shown(element)).toEqual(['We must act now.', 'Not yet.']);
    const toggle = element.querySelector<HTMLInputElement>('.vb-toggle-input')!;
    expect(element.querySelector('.vb-toggle')?.textContent).toContain('(2)');
    toggle.click();
    expect(shown(element)).toEqual(['We must act now.', 'unrealistic', 'Not yet.', 'odd']);
  });

  it('filters to one speaker, says so, and clears', () => {
    const changes: Array<string | null> = [];
    const panel = createQuotesPanel(analysis, { lang: 'en', dir: null, onSpeakerChange: (s) => changes.push(s) });
    panel.setSpeaker('Charles Babbage');
    expect(shown(panel.element)).toEqual(['Not yet.']);
    expect(panel.element.querySelector('.vb-filter-chip')?.textContent).toContain('Charles Babbage');
    // No fragments by this speaker: no toggle.
    expect(panel.element.querySelector<HTMLElement>('.vb-toggle')!.hidden).toBe(true);
    panel.element.querySelector<HTMLButtonElement>('.vb-filter-clear')!.click();
    expect(shown(panel.element)).toHaveLength(2);
    expect(changes).toEqual(['Charles Babbage', null]);
  });

  it('says why there is nothing to show instead of an empty list', () => {
    const none = createQuotesPanel({ quotes: [], people: [] }, { lang: 'en', dir: null });
    expect(none.element.querySelector('.vb-quotes')).toBeNull();
    expect(none.element.querySelector('[role="status"]')?.textContent).toBe('No direct quotes in this article.');
    expect(none.element.querySelector<HTMLElement>('.vb-quotes-controls')!.hidden).toBe(true);

    const fragmentsOnly = createQuotesPanel({ quotes: [quote('odd', null, true)], people: [] }, { lang: 'en', dir: null });
    expect(fragmentsOnly.element.querySelector('[role="status"]')?.textContent).toMatch(/Only short fragments/);

    const nobody = createQuotesPanel(analysis, { lang: 'en', dir: null });
    nobody.setSpeaker('Someone Else');
    expect(nobody.element.querySelector('[role="status"]')?.textContent).toBe('No direct quotes by Someone Else in this article.');
  });
});
