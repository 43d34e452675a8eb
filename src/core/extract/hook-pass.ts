/**
 * Drops clutter by markup, in one walk: vendors' stable hooks (selectors) and clutter-ish class/id
 * names (tokens). Neither ever drops an element that holds story-sized text (an "ad-free" article
 * wrapper, a site that puts its whole page in a <nav>).
 */
import { holdsStory, isFrame, type Removals } from './dom';
import type { ClutterRule } from './rules';
import { factsOf, SelectorIndex, type Facts } from './selector-index';
import { closestTag, walkElements } from './walk';

/**
 * Class names that describe a state or a taxonomy, not a component: WordPress puts `tag-advertising`
 * or `category-newsletter` on the article itself, themes put `has-ads` or `no-share` on wrappers.
 */
const STATE_OR_TAXONOMY = /^(tag|tags|category|cat|topic|section|format|type|status|has|no|is|with|show|hide|without|template|page-template|single|postid|term)[-_]/i;

interface TokenRule extends ClutterRule {
  tokens: RegExp;
}

export interface HookRules {
  hooks: SelectorIndex<ClutterRule>;
  /** The token rule a class or id name falls under (or null), remembered: pages repeat their class names. */
  ruleForName: (name: string) => ClutterRule | null;
}

export function compileHookRules(rules: ClutterRule[]): HookRules {
  const tokenRules = rules.filter((r): r is TokenRule => r.tokens instanceof RegExp);
  const known = new Map<string, ClutterRule | null>();
  return {
    hooks: new SelectorIndex(rules.flatMap((rule) => (rule.selectors ?? []).map((s): [string, ClutterRule] => [s, rule]))),
    ruleForName: (name) => {
      let rule = known.get(name);
      if (rule === undefined) {
        rule = STATE_OR_TAXONOMY.test(name) ? null : (tokenRules.find((r) => r.tokens.test(name)) ?? null);
        if (known.size < 20_000) known.set(name, rule);
      }
      return rule;
    },
  };
}

function tokenRule(rules: HookRules, facts: Facts): ClutterRule | null {
  for (const name of facts.classes) {
    const rule = rules.ruleForName(name);
    if (rule) return rule;
  }
  return facts.id ? rules.ruleForName(facts.id) : null;
}

/** A label named by its class inside a caption (a `photo-credit` span) is part of the caption, which stays whole. */
function captionLabel(el: Element, rule: ClutterRule): boolean {
  return rule.kind === 'label' && closestTag(el, 'FIGCAPTION') !== null;
}

/**
 * Walks `root`, dropping what the hooks and tokens name. `onKept` sees every element that stays,
 * with its facts, so other passes can collect candidates without walking again.
 */
export function dropByMarkup(root: Element, rules: HookRules, removals: Removals, onKept?: (el: Element, facts: Facts) => void): void {
  walkElements(root, (el) => {
    if (isFrame(el)) return false;
    const facts = factsOf(el);
    const hooked = rules.hooks.match(el, facts);
    const named = hooked ? null : tokenRule(rules, facts);
    const rule = hooked ?? (named && !captionLabel(el, named) ? named : null);
    if (rule && !holdsStory(el)) {
      removals.drop(el, rule.kind, rule.name);
      return true;
    }
    onKept?.(el, facts);
    return false;
  });
}
