/**
 * Find a passage of article text in a live page, whitespace-insensitively,
 * and return it as a DOM Range (used by "show in page").
 */

interface FlatText {
  /** The page text with whitespace folded to single spaces. */
  flat: string;
  /** For each character of `flat`, the text node and offset it came from. */
  origins: Array<[Text, number]>;
}

function flatten(doc: Document): FlatText {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || parent.closest('script,style,noscript,template')) return 2; /* FILTER_REJECT */
      return 1; /* FILTER_ACCEPT */
    },
  });
  let flat = '';
  const origins: Array<[Text, number]> = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] ?? '';
      const space = /\s/.test(ch);
      if (space && (flat.length === 0 || flat.endsWith(' '))) continue;
      flat += space ? ' ' : ch;
      origins.push([node, i]);
    }
    if (!flat.endsWith(' ')) {
      flat += ' ';
      origins.push([node, value.length]);
    }
  }
  return { flat, origins };
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface FindOptions {
  /** Which occurrences are good (e.g. visible ones); the first good one wins, else the first. */
  accept?: (range: Range) => boolean;
  /** Text just before the passage in the article, to tell apart passages that occur more than once. */
  before?: string;
}

/**
 * The range of `needle` in the page. A quote that runs over several
 * paragraphs ("\n\n"-joined, as in Quote.text) is found as its paragraphs in
 * order — the page repeats the opening mark between them. When the passage
 * occurs more than once (a short quoted phrase, a pull quote, a hidden copy),
 * an occurrence preceded by `before` and accepted wins, then one accepted,
 * then the first.
 */
export function findTextRange(doc: Document, needle: string, options: FindOptions = {}): Range | null {
  const parts = needle.split(/\n\s*\n/).map(fold).filter(Boolean);
  const first = parts[0];
  if (!first) return null;
  const { flat, origins } = flatten(doc);
  const accept = options.accept ?? (() => true);
  const context = fold(options.before ?? '');
  let accepted: Range | null = null;
  let fallback: Range | null = null;
  for (let at = flat.indexOf(first); at >= 0; at = flat.indexOf(first, at + 1)) {
    let end = at + first.length;
    for (const part of parts.slice(1)) {
      const next = flat.indexOf(part, end);
      // Paragraphs of one quote are close together: a later match far away is another passage.
      if (next < 0 || next - end > 200) {
        end = -1;
        break;
      }
      end = next + part.length;
    }
    if (end < 0) continue;
    const [startNode, startOffset] = origins[at]!;
    const [endNode, endOffset] = origins[end - 1]!;
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, Math.min(endOffset + 1, endNode.length));
    const ok = accept(range);
    if (ok && context && flat.slice(0, at).trimEnd().endsWith(context)) return range;
    if (ok) accepted ??= range;
    fallback ??= range;
  }
  return accepted ?? fallback;
}

/**
 * Up to `length` characters of the paragraph before `start` in an article's
 * text: the `before` that tells one occurrence of a short quote from another.
 */
export function contextBefore(text: string, start: number, length = 40): string {
  const paragraph = text.lastIndexOf('\n\n', start - 1);
  return text.slice(Math.max(paragraph < 0 ? 0 : paragraph + 2, start - length), start);
}
