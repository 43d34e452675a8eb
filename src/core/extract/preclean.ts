/**
 * Pre-clean: runs on the clone BEFORE Readability scores anything, so clutter can neither win the
 * content score nor ride along inside the winning container.
 */
import { ConsentEvidence } from './consent-evidence';
import type { Removals } from './dom';
import { compileHookRules, dropByMarkup } from './hook-pass';
import { RULES } from './rules';
import { isClassedHeading, keepStoryHeadings } from './story-headings';
import { compileTextRules, dropTextClutter } from './text-pass';
import { compileEndRules } from './end-pass';

export const HOOK_RULES = compileHookRules(RULES);
export const TEXT_RULES = compileTextRules(RULES);
export const END_RULES = compileEndRules(RULES);

export function preClean(doc: Document, removals: Removals): void {
  const body = doc.body;
  if (!body) return;
  const consent = new ConsentEvidence(doc);
  const headings: Element[] = [];
  dropByMarkup(body, HOOK_RULES, removals, (el, facts) => {
    consent.consider(el, facts);
    if (isClassedHeading(facts)) headings.push(el);
  });
  consent.drop(body, removals);
  dropTextClutter(body, TEXT_RULES, removals);
  keepStoryHeadings(body, headings);
}
