/**
 * Drops clutter by markup: vendors' stable hooks (selectors) and clutter-ish class/id names (tokens).
 * A token match never drops an element that holds story-sized text (an "ad-free" article wrapper).
 */
import { holdsStory, isFrame, type Removals } from './dom';
import type { ClutterRule } from './rules';

export function dropBySelectors(root: Element, rules: ClutterRule[], removals: Removals): void {
  for (const rule of rules) {
    if (!rule.selectors) continue;
    for (const el of Array.from(root.querySelectorAll(rule.selectors.join(',')))) {
      if (!isFrame(el) && root.contains(el)) removals.drop(el, rule.kind, rule.name);
    }
  }
}

interface TokenRule extends ClutterRule {
  tokens: RegExp;
}

/** Class and id names of an element, one per entry. */
function namesOf(el: Element): string[] {
  const names = (el.getAttribute('class') ?? '').split(/\s+/);
  if (el.id) names.push(el.id);
  return names.filter(Boolean);
}

/**
 * Drops elements whose class or id names a clutter kind. `onName` sees every element's names too,
 * so other passes can collect candidates without walking the tree again.
 */
export function dropByTokens(root: Element, rules: ClutterRule[], removals: Removals, onNames?: (el: Element, names: string) => void): void {
  const tokenRules = rules.filter((r): r is TokenRule => r.tokens instanceof RegExp);
  for (const el of Array.from(root.getElementsByTagName('*'))) {
    if (!el.hasAttribute('class') && !el.id) continue;
    const names = namesOf(el);
    if (!names.length) continue;
    onNames?.(el, names.join(' '));
    const rule = tokenRules.find((r) => names.some((name) => r.tokens.test(name)));
    if (!rule || isFrame(el) || !root.contains(el) || holdsStory(el)) continue;
    removals.drop(el, rule.kind, rule.name);
  }
}
