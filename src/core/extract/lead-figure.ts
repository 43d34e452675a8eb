/**
 * The lead figure: news templates put the top photo and its caption just before the story body, as
 * a sibling of the container Readability picks, so Readability leaves the caption out. We note, for
 * the first few captioned figures, what text follows them; if the article Readability returns starts
 * with that text, the figure was its lead and goes back on top of it.
 */
import { foldedText } from './dom';
import { closestTag, firstByTag } from './walk';

const LOOKED_AT = 5;

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
  for (let from: Element | null = figure, depth = 0; from && depth < 4; from = from.parentElement, depth++) {
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

/** Puts the lead figure back at the top of the article, when Readability left it behind. */
export function restoreLeadFigure(article: Element, candidates: Candidate[]): void {
  if (!candidates.length) return;
  const start = comparable(foldedText(article).slice(0, 600)).slice(0, 300);
  const lead = candidates.find(({ figure, next }) => !article.contains(figure) && start.includes(next));
  if (lead) article.prepend(lead.figure);
}
