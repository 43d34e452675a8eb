/**
 * Unknown consent banners, by evidence: a box that floats over the page (fixed or sticky, from its
 * inline style or the page's own stylesheet), a dialog, or a box named like one ("cookie-bar"), AND
 * whose text speaks of consent to cookies or tracking. The vocabulary alone is never enough: a story
 * about cookies stays.
 */
import { CONSENT_HINT, CONSENT_VOCABULARY } from './rules';
import { foldedText, holdsStory, isFrame, type Removals } from './dom';

const FLOATING = /position\s*:\s*(fixed|sticky)/i;
/** A consent banner says its piece briefly; a longer box is something else. */
const LONGEST_BANNER = 3000;
/** Stylesheets are scanned for fixed/sticky rules up to this size (larger ones are frameworks). */
const LONGEST_SHEET = 300_000;

/** Selectors that the page's own <style> blocks position as fixed or sticky. */
function floatingSelectors(doc: Document): string[] {
  const selectors = new Set<string>();
  for (const style of Array.from(doc.getElementsByTagName('style'))) {
    const css = style.textContent ?? '';
    if (css.length > LONGEST_SHEET || !FLOATING.test(css)) continue;
    for (const match of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (!FLOATING.test(match[2] ?? '')) continue;
      for (const selector of (match[1] ?? '').split(',')) {
        const s = selector.trim();
        // State selectors (:hover, ::before) say nothing about the element at rest.
        if (s && !s.includes(':') && !s.startsWith('@') && /[.#[]/.test(s)) selectors.add(s);
      }
    }
  }
  return [...selectors].slice(0, 300);
}

function queryAll(root: Element, selectors: string[]): Element[] {
  if (!selectors.length) return [];
  try {
    return Array.from(root.querySelectorAll(selectors.join(',')));
  } catch {
    // One selector this engine does not know must not hide the rest.
    return selectors.flatMap((s) => {
      try {
        return Array.from(root.querySelectorAll(s));
      } catch {
        return [];
      }
    });
  }
}

export function dropUnknownConsent(root: Element, named: Element[], removals: Removals): void {
  const candidates: Array<[Element, string]> = [];
  for (const el of Array.from(root.querySelectorAll('dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]'))) {
    candidates.push([el, 'consent.dialog']);
  }
  for (const el of Array.from(root.querySelectorAll('[style*="position"]'))) {
    if (FLOATING.test(el.getAttribute('style') ?? '')) candidates.push([el, 'consent.overlay']);
  }
  for (const el of queryAll(root, floatingSelectors(root.ownerDocument))) candidates.push([el, 'consent.overlay']);
  for (const el of named) candidates.push([el, 'consent.named-box']);

  for (const [el, rule] of candidates) {
    if (isFrame(el) || !root.contains(el)) continue;
    const text = foldedText(el);
    if (!text || text.length > LONGEST_BANNER || !CONSENT_VOCABULARY.test(text) || holdsStory(el)) continue;
    removals.drop(el, 'consent', rule, text);
  }
}

/** Whether an element's class/id names suggest a consent box. */
export function looksNamedForConsent(names: string): boolean {
  return CONSENT_HINT.test(names);
}
