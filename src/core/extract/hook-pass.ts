/**
 * Drops clutter by markup, in one walk: vendors' stable hooks (selectors) and clutter-ish class/id
 * names (tokens). A token match never drops an element that holds story-sized text (an "ad-free"
 * article wrapper); a hook is unambiguous and always drops.
 */
import { holdsStory, isFrame, type Removals } from './dom';
import type { ClutterRule } from './rules';
import { factsOf, SelectorIndex, type Facts } from './selector-index';
import { walkElements } from './walk';

interface TokenRule extends ClutterRule {
  tokens: RegExp;
}

export interface HookRules {
  hooks: SelectorIndex<ClutterRule>;
  tokenRules: TokenRule[];
}

export function compileHookRules(rules: ClutterRule[]): HookRules {
  return {
    hooks: new SelectorIndex(rules.flatMap((rule) => (rule.selectors ?? []).map((s): [string, ClutterRule] => [s, rule]))),
    tokenRules: rules.filter((r): r is TokenRule => r.tokens instanceof RegExp),
  };
}

/**
 * Walks `root`, dropping what the hooks and tokens name. `onKept` sees every element that stays,
 * with its facts, so other passes can collect candidates without walking again.
 */
export function dropByMarkup(root: Element, rules: HookRules, removals: Removals, onKept?: (el: Element, facts: Facts) => void): void {
  walkElements(root, (el) => {
    if (isFrame(el)) return false;
    const facts = factsOf(el);
    const hook = rules.hooks.match(el, facts);
    if (hook) {
      removals.drop(el, hook.kind, hook.name);
      return true;
    }
    const names = facts.id ? [...facts.classes, facts.id] : facts.classes;
    const rule = names.length ? rules.tokenRules.find((r) => names.some((name) => r.tokens.test(name))) : undefined;
    if (rule && !holdsStory(el)) {
      removals.drop(el, rule.kind, rule.name);
      return true;
    }
    onKept?.(el, facts);
    return false;
  });
}
