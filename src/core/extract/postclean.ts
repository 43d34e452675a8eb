/**
 * Post-clean: runs on Readability's article element, before sanitizing. It drops what survived
 * Readability but is not the story — label-only blocks, the headline and byline repeated in the body,
 * bare timestamps, pull quotes that repeat the body, empty wrappers — and never a sentence of the
 * story: captions, tables, lists, figures, code and quoted documents are left alone.
 */
import { foldedText, linkShare, type Removals } from './dom';
import { dropByMarkup } from './hook-pass';
import { HOOK_RULES, TEXT_RULES } from './preclean';
import { dropTextClutter } from './text-pass';
import { isBylineLine, isTimestampLine } from './lines';

export interface PageFacts {
  /** Headlines the page gives (Readability's title, og:title, the page's h1): their repeats go. */
  titles: string[];
  byline: string | null;
}

const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, math, table, hr, object, embed';
const CONTAINERS = 'div, section, span, p, aside, header, footer, ul, ol, li, figure, a, strong, em, b, i';
/** Short blocks a headline, byline or timestamp can be. */
const LINES = 'h1, h2, h3, h4, h5, h6, p, div, span, li, address, header, time';
const BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, li, ul, ol, table, figure, blockquote';
const PULL_QUOTE = /(^|[-_ ])(pull-?quote|pullquote|quote-?pull|pull-?out|blockquote--pull|wp-block-pullquote)([-_ ]|$)/i;

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function postClean(article: Element, facts: PageFacts, removals: Removals): void {
  dropByMarkup(article, HOOK_RULES, removals);
  dropTextClutter(article, TEXT_RULES, removals);
  dropRepeatedLines(article, facts, removals);
  dropPullQuotes(article, removals);
  dropLinkLists(article, removals);
  dropRepeatedBlocks(article, removals);
  dropEmptyWrappers(article, removals);
}

/**
 * Lists whose every item is a short link are menus or lists of other stories, not story text.
 * (A list that says things, with links inside sentences, has item text outside its links.)
 */
function dropLinkLists(article: Element, removals: Removals): void {
  for (const list of Array.from(article.querySelectorAll('ul, ol, nav'))) {
    if (!article.contains(list) || list.closest('table')) continue;
    const items = list.tagName === 'NAV' ? [list] : Array.from(list.children).filter((c) => c.tagName === 'LI');
    if (list.tagName !== 'NAV' && items.length < 3) continue;
    const texts = items.map(foldedText);
    const average = texts.reduce((sum, t) => sum + t.length, 0) / Math.max(1, texts.length);
    if (list.tagName !== 'NAV' && average > 90) continue;
    if (items.every((item) => linkShare(item) >= 0.9)) removals.drop(list, 'navigation', 'navigation.link-list');
  }
}

/**
 * The same block more than once: a short label repeated three or more times is page furniture
 * ("Pin Download" under every image) and goes everywhere; a longer repeat keeps its first copy.
 */
function dropRepeatedBlocks(article: Element, removals: Removals): void {
  const seen = new Map<string, Element[]>();
  for (const el of Array.from(article.querySelectorAll('p, h2, h3, h4, h5, h6, li, figcaption, div'))) {
    if (el.querySelector(BLOCKS)) continue;
    const text = foldedText(el);
    if (text.length < 2 || text.length > 400 || !/\p{L}{2}/u.test(text)) continue;
    seen.set(text, [...(seen.get(text) ?? []), el]);
  }
  for (const [text, copies] of seen) {
    if (copies.length < 2) continue;
    if (text.length <= 40 && copies.length >= 3) copies.forEach((el) => removals.drop(el, 'label', 'label.repeated', text));
    else copies.slice(1).forEach((el) => removals.drop(el, 'duplicate', 'duplicate.repeated-block', text));
  }
}

function dropRepeatedLines(article: Element, facts: PageFacts, removals: Removals): void {
  const titles = new Set(facts.titles.map(comparable).filter((t) => t.length > 0));
  const byline = facts.byline ? comparable(facts.byline) : null;
  for (const el of Array.from(article.querySelectorAll(LINES))) {
    if (!article.contains(el) || el.closest('figcaption, blockquote, table, pre')) continue;
    const text = foldedText(el);
    if (!text || text.length > 300) continue;
    // Only the innermost block that carries the line; its wrappers go later as empty ones.
    if (el.querySelector(BLOCKS)) continue;
    const key = comparable(text);
    if (titles.has(key)) removals.drop(el, 'duplicate', 'duplicate.headline', text);
    else if ((byline && (key === byline || key === `by ${byline}`)) || isBylineLine(text)) removals.drop(el, 'duplicate', 'duplicate.byline', text);
    else if (isTimestampLine(text)) removals.drop(el, 'label', 'label.timestamp', text);
  }
}

/** A pull quote is marked as one, or is a quote box whose words also stand in the body. */
function dropPullQuotes(article: Element, removals: Removals): void {
  const whole = comparable(foldedText(article));
  for (const el of Array.from(article.querySelectorAll('aside, blockquote, figure, div, p'))) {
    if (!article.contains(el)) continue;
    const marked = PULL_QUOTE.test(el.getAttribute('class') ?? '');
    if (!marked && el.tagName !== 'ASIDE' && el.tagName !== 'BLOCKQUOTE') continue;
    const text = foldedText(el);
    const key = comparable(text);
    if (key.length < 20) continue;
    const first = whole.indexOf(key);
    const repeated = first >= 0 && whole.indexOf(key, first + 1) >= 0;
    if (marked || repeated) removals.drop(el, 'duplicate', 'duplicate.pull-quote', text);
  }
}

function dropEmptyWrappers(article: Element, removals: Removals): void {
  for (const el of Array.from(article.querySelectorAll(CONTAINERS))) {
    if (!article.contains(el) || foldedText(el) || el.querySelector(MEDIA)) continue;
    removals.drop(el, 'empty', 'empty.wrapper', '');
  }
}
