/** Small DOM measures shared by the cleaning passes. */
import type { ClutterKind, Removal } from '../types';
import { byTag } from './walk';

/** Text of a node with whitespace folded, as a reader sees it. */
export function foldedText(node: Node): string {
  return fold(node.textContent ?? '');
}

/** White space folded as a reader sees it: runs to one space, none at the ends. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `fold(text)` when it is at most `limit` characters long, else null. A long text is judged by its start
 * (folding a start never makes it longer than the whole folds to), so it is not folded to its end.
 */
export function foldUpTo(text: string, limit: number): string | null {
  if (text.length > limit && fold(text.slice(0, 2 * limit)).length > limit) return null;
  const folded = fold(text);
  return folded.length > limit ? null : folded;
}

export function linkShare(el: Element): number {
  const total = foldedText(el).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of byTag(el, 'a')) linked += foldedText(a).length;
  return Math.min(1, linked / total);
}

const SENTENCE_END = /[.!?…»”"'’)]\s*$/;

/**
 * True when an element holds story-sized text: several full paragraphs, or a lot of text. Rules
 * that guess from class names or evidence never drop such an element, whatever it is called.
 */
export function holdsStory(el: Element): boolean {
  const length = el.textContent?.length ?? 0;
  if (length > 4000) return true;
  if (length < 3 * 160) return false;
  let paragraphs = 0;
  for (const p of byTag(el, 'p')) {
    const text = foldedText(p);
    if (text.length >= 160 && SENTENCE_END.test(text) && ++paragraphs >= 3) return true;
  }
  return false;
}

/**
 * A deep copy of a document, as `doc.cloneNode(true)` makes it (same URL, mode and nodes), but with each
 * node created in the copy: jsdom's deep clone builds the tree in the original document and then adopts
 * it, walking the whole tree three times more. This copy costs about a third less.
 */
export function cloneDocument(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  for (let child = doc.firstChild; child; child = child.nextSibling) copy.appendChild(copy.importNode(child, true));
  return copy;
}

/** Elements never dropped as a whole: the document's frame. */
export function isFrame(el: Element): boolean {
  return el.tagName === 'HTML' || el.tagName === 'BODY' || el.tagName === 'HEAD';
}

/** Shorten a dropped text for Article.removed. */
function summary(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** Collects what the pipeline drops, with the rule that dropped it. */
export class Removals {
  readonly list: Removal[] = [];

  drop(el: Element, kind: ClutterKind, rule: string, text = foldedText(el)): void {
    this.list.push({ kind, rule, text: summary(text) });
    el.remove();
  }
}
