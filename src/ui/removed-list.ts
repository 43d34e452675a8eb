/**
 * "Removed N clutter items", expanding (a native <details>, so keyboard and
 * screen readers get a disclosure for free) to what was removed and why.
 */
import type { ClutterKind, Removal } from '../core/types';
import { el } from './dom';
import { formatCount, uiLocale } from './format';
import { icon } from './icons';

/** Why, in words: the rule's family. */
export const CLUTTER_LABELS: Record<ClutterKind, string> = {
  consent: 'Cookie or consent banner',
  player: 'Audio or video player',
  newsletter: 'Newsletter sign-up',
  share: 'Share buttons',
  ad: 'Advertisement',
  related: 'Related links',
  paywall: 'Paywall prompt',
  comments: 'Comments',
  'author-bio': 'Author bio',
  navigation: 'Navigation',
  label: 'Label',
  duplicate: 'Repeated text',
  empty: 'Empty box',
  tracking: 'Tracking',
};

export interface RemovedListOptions {
  locale?: string;
}

/** null when nothing was removed: no "Removed 0 items" line. */
export function renderRemovedList(removed: Removal[], options: RemovedListOptions = {}): HTMLElement | null {
  if (removed.length === 0) return null;
  const locale = options.locale ?? uiLocale();
  const items = removed.map((removal) =>
    el(
      'li',
      { class: 'vb-removed-item' },
      el('span', { class: 'vb-removed-kind' }, CLUTTER_LABELS[removal.kind] ?? removal.kind),
      el('code', { class: 'vb-removed-rule', title: 'The rule that removed it' }, removal.rule),
      removal.text && el('q', { class: 'vb-removed-text' }, removal.text),
    ),
  );
  return el(
    'details',
    { class: 'vb-removed' },
    el('summary', {}, icon('scissors'), el('span', {}, `Removed ${formatCount(removed.length, 'clutter item', 'clutter items', locale)}`)),
    el('ul', {}, ...items),
  );
}
