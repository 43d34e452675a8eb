/**
 * Map a character span of `Article.text` (what quotes and people point into)
 * back to a DOM Range in the rendered article. The walk mirrors `blockText`
 * exactly — same blocks, same whitespace folding, same elements left out — while remembering, for each
 * character, the text node and offset it came from.
 */
import { BLOCK, NOT_TEXT } from './text';
import type { Span } from './types';

type Origin = [Text, number] | null;

const FOLDED = /[ \t\r\n\f\u00a0]/;

export interface TextMap {
  text: string;
  origins: Origin[];
}

export function mapBlockText(root: Node): TextMap {
  let text = '';
  const origins: Origin[] = [];
  let raw: Array<[string, Origin]> = [];

  const flush = () => {
    const out: Array<[string, Origin]> = [];
    let pending: Origin | undefined;
    for (const [ch, origin] of raw) {
      if (FOLDED.test(ch)) {
        if (pending === undefined) pending = origin;
        continue;
      }
      if (pending !== undefined && out.length > 0) out.push([' ', pending]);
      pending = undefined;
      out.push([ch, origin]);
    }
    // `trim()` in blockText also drops other Unicode spaces at the ends.
    while (out.length && /\s/.test(out[0]![0])) out.shift();
    while (out.length && /\s/.test(out.at(-1)![0])) out.pop();
    raw = [];
    if (out.length === 0) return;
    if (text) {
      text += '\n\n';
      origins.push(null, null);
    }
    for (const [ch, origin] of out) {
      text += ch;
      origins.push(origin);
    }
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) raw.push([value[i]!, [node as Text, i]]);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const name = (node as Element).tagName ?? '';
    if (name === 'BR') {
      raw.push([' ', null]);
      return;
    }
    if (NOT_TEXT.has(name)) {
      flush();
      return;
    }
    if (name === 'TD' || name === 'TH') raw.push([' ', null]);
    const block = BLOCK.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return { text, origins };
}

/**
 * The Range of `span` of `text` inside `root`. When the rendering's text is not
 * exactly `text` (markup re-sanitized differently), the span's words are looked
 * up instead, taking the occurrence nearest the span's position.
 */
export function rangeOfSpan(root: Node, text: string, span: Span): Range | null {
  const map = mapBlockText(root);
  let start = span.start;
  let end = span.end;
  if (map.text !== text) {
    const needle = text.slice(span.start, span.end);
    const found = nearestOccurrence(map.text, needle, span.start);
    if (found < 0) return null;
    start = found;
    end = found + needle.length;
  }
  let first = start;
  while (first < end && !map.origins[first]) first++;
  let last = end - 1;
  while (last >= first && !map.origins[last]) last--;
  if (first > last) return null;
  const [startNode, startOffset] = map.origins[first]!;
  const [endNode, endOffset] = map.origins[last]!;
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  return range;
}

function nearestOccurrence(haystack: string, needle: string, near: number): number {
  if (!needle) return -1;
  let best = -1;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
