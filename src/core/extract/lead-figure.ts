/**
 * The lead figure: news templates put the top photo and its caption just before the story body, as
 * a sibling of the container Readability picks (or between the headline block and the body, or in
 * a layout table beside the body), so Readability leaves the caption out. We note, for the first
 * few captioned figures, what text follows them; if the article Readability returns has that text
 * at or near its start (after at most a standfirst and a dateline), the figure was its lead and goes
 * back just before that text.
 */
import { foldedText } from './dom';
import { closestTag, firstByTag } from './walk';

const LOOKED_AT = 5;
/** How far into the article (comparable characters) the text after a lead figure may start. */
const NEAR_START = 700;
/** Wrappers climbed from a figure to find the text after it (a layout table cell is four deep). */
const CLIMB = 5;

interface Candidate {
  figure: Element;
  /** The start of the text right after the figure, made comparable. */
  next: string;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The first element with text after the figure (or after its wrappers), other figures skipped. */
function textAfter(figure: Element): Element | null {
  for (let from: Element | null = figure, depth = 0; from && depth < CLIMB; from = from.parentElement, depth++) {
    for (let next = from.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.tagName !== 'FIGURE' && foldedText(next)) return next;
    }
  }
  return null;
}

/** Captioned figures near the top of the page and the text that follows each. */
export function leadFigureCandidates(doc: Document): Candidate[] {
  const candidates: Candidate[] = [];
  const figures = doc.body?.getElementsByTagName('figure');
  for (let i = 0; figures && i < figures.length && candidates.length < LOOKED_AT; i++) {
    const figure = figures.item(i);
    if (!figure || !firstByTag(figure, 'figcaption') || closestTag(figure, 'P')) continue;
    const next = textAfter(figure);
    const text = next ? comparable(foldedText(next).slice(0, 200)).slice(0, 60) : '';
    if (text.length >= 20) candidates.push({ figure, next: text });
  }
  return candidates;
}

/** The outermost element of `article` that starts with `el` (nothing with text before `el` inside it). */
function startingBlock(article: Element, el: Element): Element {
  let block = el;
  while (block.parentElement && block.parentElement !== article) {
    let first = block.parentElement.firstElementChild;
    while (first && first !== block && !foldedText(first)) first = first.nextElementSibling;
    if (first !== block || /\S/.test(textNodesBefore(block))) break;
    block = block.parentElement;
  }
  return block;
}

/** The loose text of the parent before `el` (text nodes only: elements are checked by the caller). */
function textNodesBefore(el: Element): string {
  let text = '';
  for (let node = el.previousSibling; node; node = node.previousSibling) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return text;
}

/** The first element of `article` whose text starts with `next`, deepest first match in document order. */
function elementStartingWith(article: Element, next: string): Element | null {
  let found: Element | null = null;
  const visit = (el: Element): void => {
    for (let child = el.firstElementChild; child && !found; child = child.nextElementSibling) {
      const text = comparable(foldedText(child).slice(0, NEAR_START * 2));
      if (text.startsWith(next)) found = child;
      else if (text.includes(next)) visit(child);
    }
  };
  visit(article);
  // Descend to the deepest element that still starts with the text.
  for (let deeper = found as Element | null; deeper; ) {
    found = deeper;
    let child = deeper.firstElementChild;
    while (child && !foldedText(child)) child = child.nextElementSibling;
    deeper = child && comparable(foldedText(child).slice(0, 200)).startsWith(next) ? child : null;
  }
  return found;
}

/** Puts the lead figure back before the text it heads, when Readability left it behind. */
export function restoreLeadFigure(article: Element, candidates: Candidate[]): void {
  if (!candidates.length) return;
  const start = comparable(foldedText(article).slice(0, NEAR_START * 2)).slice(0, NEAR_START + 60);
  const lead = candidates.find(({ figure, next }) => !article.contains(figure) && start.includes(next));
  if (!lead) return;
  const at = elementStartingWith(article, lead.next);
  if (at) startingBlock(article, at).before(lead.figure);
  else article.prepend(lead.figure);
}
