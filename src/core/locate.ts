/**
 * Find a passage of article text in a live page, whitespace-insensitively,
 * and return it as a DOM Range (used by "show in page").
 */
export function findTextRange(doc: Document, needle: string): Range | null {
  const wanted = needle.replace(/\s+/g, ' ').trim();
  if (!wanted) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || parent.closest('script,style,noscript,template')) return 2; /* FILTER_REJECT */
      return 1; /* FILTER_ACCEPT */
    },
  });
  // One flat string of the page text with whitespace folded, and for each of its
  // characters the text node and offset it came from.
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
  const at = flat.indexOf(wanted);
  if (at < 0) return null;
  const [startNode, startOffset] = origins[at]!;
  const [endNode, endOffset] = origins[at + wanted.length - 1]!;
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, Math.min(endOffset + 1, endNode.length));
  return range;
}
