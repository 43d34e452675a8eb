/** Small DOM measures shared by the cleaning passes. */
import type { ClutterKind, Removal } from '../types';

/** Elements whose text a reader never sees. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Text of a node with whitespace folded, as a reader sees it. Separate text nodes count as separate
 * words: share buttons written as `<li>Share</li><li>Post</li>` read "Share Post", not "SharePost".
 */
export function foldedText(node: Node): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!UNSEEN.has(text.parentElement?.tagName ?? '')) parts.push(text.nodeValue ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkShare(el: Element): number {
  const total = foldedText(el).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += foldedText(a).length;
  return Math.min(1, linked / total);
}

const SENTENCE_END = /[.!?…»”"'’)]\s*$/;

/**
 * True when an element holds story-sized text: several full paragraphs, or a lot of text. Rules
 * that guess from class names or evidence never drop such an element, whatever it is called.
 */
export function holdsStory(el: Element): boolean {
  if ((el.textContent?.length ?? 0) > 4000) return true;
  let paragraphs = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    const text = foldedText(p);
    if (text.length >= 160 && SENTENCE_END.test(text) && ++paragraphs >= 3) return true;
  }
  return false;
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
