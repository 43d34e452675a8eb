/**
 * An ARIA tablist (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/) with
 * automatic activation: one tab stop, arrow keys move between tabs (mirrored
 * in right-to-left UIs), Home/End jump to the ends.
 */
import { el } from './dom';
import { icon, type IconName } from './icons';

export interface TabSpec {
  id: string;
  label: string;
  icon?: IconName;
  /** The panel's content; the panel element itself is made here. */
  content: Node;
}

export interface TabsOptions {
  /** Accessible name of the tablist. */
  label: string;
  selected?: string;
  onSelect?: (id: string) => void;
}

export function renderTabs(tabs: TabSpec[], options: TabsOptions): HTMLElement {
  const root = el('div', { class: 'vb-tabs' });
  const list = el('div', { class: 'vb-tablist', role: 'tablist', 'aria-label': options.label });
  root.append(list);
  for (const tab of tabs) {
    const button = el(
      'button',
      { type: 'button', role: 'tab', id: tabId(tab.id), 'aria-controls': panelId(tab.id), 'data-tab': tab.id, class: 'vb-tab' },
      tab.icon && icon(tab.icon),
      el('span', {}, tab.label),
      el('span', { class: 'vb-tab-count', hidden: true }),
    );
    button.addEventListener('click', () => selectTab(root, tab.id, options.onSelect));
    list.append(button);
    // Panels are focusable so keyboard users reach short panels' text directly (APG recommendation).
    root.append(el('div', { role: 'tabpanel', id: panelId(tab.id), 'aria-labelledby': tabId(tab.id), tabindex: 0, class: 'vb-tabpanel' }, tab.content));
  }
  list.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const rtl = getComputedStyle(list).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | null = null;
    if (step !== undefined) next = (current + step + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next === null) return;
    event.preventDefault();
    const id = buttons[next]!.dataset.tab!;
    selectTab(root, id, options.onSelect);
    buttons[next]!.focus();
  });
  selectTab(root, options.selected ?? tabs[0]?.id ?? '');
  return root;
}

/** Show one tab's panel (e.g. the Quotes tab after choosing a person). */
export function selectTab(root: HTMLElement, id: string, onSelect?: (id: string) => void): void {
  for (const tab of root.querySelectorAll<HTMLElement>('[role="tab"]')) {
    const selected = tab.dataset.tab === id;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    const panel = byId(root, panelId(tab.dataset.tab!));
    if (panel) panel.hidden = !selected;
  }
  onSelect?.(id);
}

/** A small count after the tab's label ("Quotes 7"); null hides it. */
export function setTabCount(root: HTMLElement, id: string, count: number | null): void {
  const badge = byId(root, tabId(id))?.querySelector<HTMLElement>('.vb-tab-count');
  if (!badge) return;
  badge.hidden = count === null;
  badge.textContent = count === null ? '' : String(count);
}

/** The panel element of a tab, to replace its content. */
export function tabPanel(root: HTMLElement, id: string): HTMLElement {
  const panel = byId(root, panelId(id));
  if (!panel) throw new Error(`no tab panel "${id}"`);
  return panel;
}

/** By id within `root`, which may not be in the document yet. */
function byId(root: HTMLElement, id: string): HTMLElement | null {
  return [...root.querySelectorAll<HTMLElement>('[id]')].find((node) => node.id === id) ?? null;
}

const tabId = (id: string) => `vb-tab-${id}`;
const panelId = (id: string) => `vb-panel-${id}`;
