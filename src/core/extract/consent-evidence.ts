/**
 * Unknown consent banners, by evidence: a box that floats over the page (fixed or sticky, from its
 * inline style or the page's own stylesheet), a dialog, or a box named like one ("cookie-bar"), AND
 * whose text speaks of consent to cookies or tracking. The vocabulary alone is never enough: a story
 * about cookies stays.
 */
import { CONSENT_CHOICE, CONSENT_HINT, CONSENT_TRACKING } from './rules';
import { foldedText, holdsStory, type Removals } from './dom';
import { SelectorIndex, type Facts } from './selector-index';
import { byTag } from './walk';

const FLOATING = /position\s*:\s*(fixed|sticky)/i;
/** A consent banner says its piece briefly; a longer box is something else. */
const LONGEST_BANNER = 3000;
/** Stylesheets are scanned for fixed/sticky rules up to this size (larger ones are frameworks). */
const LONGEST_SHEET = 300_000;
const SIMPLE = /^[a-zA-Z]*(?:[#.][\w-]+)+$/;

/**
 * Simple selectors (`.bar`, `#note`, `div.bar`) that the page's own <style> blocks position as fixed
 * or sticky. Of a descendant selector only the last part is kept: the test after it is the text.
 */
function floatingSelectors(doc: Document): SelectorIndex<true> {
  const selectors = new Set<string>();
  for (const style of byTag(doc, 'style')) {
    const css = style.textContent ?? '';
    if (css.length > LONGEST_SHEET) continue;
    // From each fixed/sticky declaration back to its rule's selector: only the few rules that float are read.
    for (const hit of css.matchAll(/position\s*:\s*(fixed|sticky)/gi)) {
      const open = css.lastIndexOf('{', hit.index);
      const start = Math.max(css.lastIndexOf('}', open), css.lastIndexOf('{', open - 1)) + 1;
      if (open < 0 || css.lastIndexOf('}', hit.index) > open) continue;
      for (const selector of css.slice(start, open).split(',')) {
        const last = selector.trim().split(/[\s>+~]+/).pop() ?? '';
        if (SIMPLE.test(last)) selectors.add(last);
      }
    }
  }
  return new SelectorIndex([...selectors].map((s): [string, true] => [s, true]));
}

/** Collects candidates during the markup walk, then judges them by their text. */
export class ConsentEvidence {
  private readonly floating: SelectorIndex<true>;
  private readonly candidates: Array<[Element, string]> = [];

  constructor(doc: Document) {
    this.floating = floatingSelectors(doc);
  }

  consider(el: Element, facts: Facts): void {
    const rule =
      facts.tag === 'DIALOG' || facts.attrs.includes('aria-modal') || /^(alert)?dialog$/.test(el.getAttribute('role') ?? '')
        ? 'consent.dialog'
        : (facts.attrs.includes('style') && FLOATING.test(el.getAttribute('style') ?? '')) || this.floating.match(el, facts)
          ? 'consent.overlay'
          : CONSENT_HINT.test(facts.classes.join(' ') + ' ' + facts.id)
            ? 'consent.named-box'
            : null;
    if (rule) this.candidates.push([el, rule]);
  }

  drop(root: Element, removals: Removals): void {
    for (const [el, rule] of this.candidates) {
      if (!root.contains(el)) continue;
      const text = foldedText(el);
      if (!text || text.length > LONGEST_BANNER || !CONSENT_TRACKING.test(text) || !CONSENT_CHOICE.test(text) || holdsStory(el)) continue;
      removals.drop(el, 'consent', rule, text);
    }
  }
}
