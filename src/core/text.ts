/**
 * Turn sanitized article markup into plain text: one block per paragraph, blank line between.
 * The text is the running story — what one reads aloud or pastes — so image captions and credits,
 * which belong to their image, stay in the markup but not in the text.
 */

export const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION',
]);

/** Elements the text leaves out, with everything inside them (they still end the block before them). */
export const NOT_TEXT = new Set(['FIGCAPTION']);

export function blockText(root: Node): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const name = (node as Element).tagName ?? '';
    if (name === 'BR') {
      current += ' ';
      return;
    }
    if (NOT_TEXT.has(name)) {
      flush();
      return;
    }
    if (name === 'TD' || name === 'TH') current += ' ';
    const block = BLOCK.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

/** Words in a text, counted the way readers count them (CJK characters count one each). */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return words + cjk;
}

/** Minutes at 230 words a minute, never less than one for a non-empty text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
