/**
 * Pre-clean: runs on the clone BEFORE Readability scores anything, so clutter can neither win the
 * content score nor ride along inside the winning container.
 */
import { dropUnknownConsent, looksNamedForConsent } from './consent-evidence';
import type { Removals } from './dom';
import { dropBySelectors, dropByTokens } from './hook-pass';
import { RULES } from './rules';
import { compileTextRules, dropTextClutter } from './text-pass';

export const TEXT_RULES = compileTextRules(RULES);

export function preClean(doc: Document, removals: Removals): void {
  const body = doc.body;
  if (!body) return;
  dropBySelectors(body, RULES, removals);
  const consentNamed: Element[] = [];
  dropByTokens(body, RULES, removals, (el, names) => {
    if (looksNamedForConsent(names)) consentNamed.push(el);
  });
  dropUnknownConsent(body, consentNamed, removals);
  dropTextClutter(body, TEXT_RULES, removals);
}
