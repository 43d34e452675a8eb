/**
 * Post-clean: runs on Readability's article element, before sanitizing. It drops what survived
 * Readability but is not the story — label-only blocks, the headline and byline repeated in the body,
 * bare timestamps, pull quotes that repeat the body, lists of links, repeated blocks, empty wrappers —
 * and never a sentence of the story: captions, tables, figures, code and quoted documents stay.
 * One survey of the (small) article tree feeds all the block-level checks.
 */
import { foldedText, linkShare, type Removals } from './dom';
import { dropEndMatter } from './end-pass';
import { isAuthorBio, isBylineLine, isBylineWithRole, isTimestampLine } from './lines';
import { END_RULES, TEXT_RULES } from './preclean';
import { dropTextClutter } from './text-pass';
import { byTag, closestTag } from './walk';

export interface PageFacts {
  /** Headlines the page states (Readability's title, og:title): their repeats in the body go. */
  titles: string[];
  byline: string | null;
  /** The page's address: a line that is only this address is a print header, not story. */
  url?: string;
}

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'FIGURE', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'PRE', 'DL', 'DT', 'DD', 'ADDRESS', 'NAV']);
/** Leaf blocks that may be a headline, byline or timestamp line (never captions, cells, code, quotes). */
const LINE = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'LI', 'ADDRESS', 'HEADER', 'SPAN', 'TIME']);
/** Leaf blocks compared with each other for repeats. */
const REPEATABLE = new Set(['P', 'LI', 'FIGCAPTION', 'DIV', 'SPAN']);
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'MATH', 'TABLE', 'HR', 'OBJECT', 'EMBED', 'BR', 'SOURCE']);
const PROTECTED = new Set(['FIGCAPTION', 'BLOCKQUOTE', 'TABLE', 'PRE', 'CODE']);
/** What a byline block leaves once its names and time are gone: "By |", "Por ·". */
const BYLINE_SHELL = /^((by|par|von|por|door|di)\s*)?[|·•:,–—/-]*$/iu;
const PULL_QUOTE = /(^|[-_ ])(pull-?quote|pullquote|quote-?pull|pull-?out|blockquote--pull|wp-block-pullquote)([-_ ]|$)/i;

interface Leaf {
  el: Element;
  text: string;
  /** Inside a caption, table, code or quoted document. */
  guarded: boolean;
}

interface Survey {
  leaves: Leaf[];
  quotes: Element[];
  lists: Element[];
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** One walk: leaf blocks with their text, quote boxes, and lists. */
function survey(article: Element): Survey {
  const found: Survey = { leaves: [], quotes: [], lists: [] };
  const visit = (el: Element, guarded: boolean): boolean => {
    const tag = el.tagName;
    const inside = guarded || PROTECTED.has(tag);
    let hasBlock = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (visit(child, inside)) hasBlock = true;
    }
    if (tag === 'ASIDE' || tag === 'BLOCKQUOTE' || PULL_QUOTE.test(el.getAttribute('class') ?? '')) found.quotes.push(el);
    if (tag === 'UL' || tag === 'OL' || tag === 'NAV') found.lists.push(el);
    if (!hasBlock && (LINE.has(tag) || REPEATABLE.has(tag))) {
      const text = foldedText(el);
      if (text) found.leaves.push({ el, text, guarded: inside });
    }
    return hasBlock || BLOCK.has(tag);
  };
  for (let child = article.firstElementChild; child; child = child.nextElementSibling) visit(child, false);
  return found;
}

export function postClean(article: Element, facts: PageFacts, removals: Removals): void {
  dropTextClutter(article, TEXT_RULES, removals);
  const { leaves, quotes, lists } = survey(article);
  const kept = dropMetadataLines(leaves, facts, removals);
  dropRepeatedBlocks(kept, removals);
  dropTeaserCards(article, removals);
  dropLinkRuns(article, kept, removals);
  dropPullQuotes(article, quotes, removals);
  dropLinkLists(article, lists, removals);
  dropEndMatter(article, leaves, END_RULES, facts.byline, removals);
  dropEmptyWrappers(article, removals);
}

/** Headline and byline repeated in the body, and bare timestamps. Returns the leaves that stay. */
function dropMetadataLines(leaves: Leaf[], facts: PageFacts, removals: Removals): Leaf[] {
  const titles = new Set(facts.titles.map(comparable).filter(Boolean));
  const byline = facts.byline ? comparable(facts.byline) : null;
  const bylineBoxes = new Set<Element>();
  const pageUrl = facts.url ? address(facts.url) : null;
  const kept = leaves.filter(({ el, text, guarded }) => {
    if (guarded || text.length > 300 || !LINE.has(el.tagName)) return true;
    const key = comparable(text);
    const box = el.parentElement;
    if (titles.has(key)) removals.drop(el, 'duplicate', 'duplicate.headline', text);
    else if (pageUrl && sameAddress(text, pageUrl)) removals.drop(el, 'duplicate', 'duplicate.page-url', text);
    else if ((byline && (key === byline || key === `by ${byline}`)) || isBylineLine(text) || (facts.byline && isBylineWithRole(text, facts.byline)))
      removals.drop(el, 'duplicate', 'duplicate.byline', text);
    else if (isTimestampLine(text)) removals.drop(el, 'label', 'label.timestamp', text);
    else if (facts.byline && isAuthorBio(text, facts.byline)) removals.drop(el, 'author-bio', 'author-bio.sentence', text);
    else return true;
    if (box) bylineBoxes.add(box);
    return false;
  });
  // "By <a>Jane Doe</a> | <time>…</time>" without its name and time is "By |": the shell goes too.
  for (const box of bylineBoxes) {
    const rest = foldedText(box);
    if (box.parentElement && rest && rest.length <= 12 && BYLINE_SHELL.test(rest)) removals.drop(box, 'label', 'label.empty-byline', rest);
  }
  return kept;
}

/** An address without scheme, `www.`, query, fragment or trailing slash, for comparing lines with the page URL. */
function address(url: string): string {
  return url.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
}

function sameAddress(text: string, pageUrl: string): boolean {
  return /^(https?:\/\/|www\.)\S+$/i.test(text) && address(text) === pageUrl;
}

/**
 * The same block more than once: a short label repeated three or more times is page furniture
 * ("Pin Download" under every image) and goes everywhere; a longer repeat keeps its first copy.
 * Parallel structures repeat on purpose and stay: sections under repeated headings (a meal plan per
 * week), and list items in lists that also say things of their own (one spec list per product).
 */
function dropRepeatedBlocks(leaves: Leaf[], removals: Removals): void {
  if (hasParallelSections(leaves)) return;
  const seen = new Map<string, Element[]>();
  for (const { el, text, guarded } of leaves) {
    // Headings and sentences may well repeat in a story (a meal plan's "Pre-Workout Meal", a refrain).
    if (!REPEATABLE.has(el.tagName) || text.length > 400 || !/\p{L}{2}/u.test(text) || /[.!?…:;。！？]["'”’»)」』\]]?$/u.test(text)) continue;
    // Code is not page furniture: a highlighted token recurs as often as the program needs it; nor is
    // a word of running text (`<tt><span>public</span></tt> repository`, a name in its sentence).
    if ((guarded && (closestTag(el, 'PRE') || closestTag(el, 'CODE'))) || inRunningText(el)) continue;
    const copies = seen.get(text) ?? [];
    // `<p><span>Line</span></p>` is one block seen twice (the span, then its paragraph): the
    // outer element stands for both, so a repeat drops the whole block and a single one stays.
    const inner = copies.findIndex((copy) => el.contains(copy));
    if (inner >= 0) copies[inner] = el;
    else copies.push(el);
    seen.set(text, copies);
  }
  // A caption is its image's, however often the same credit recurs ("Photo: Getty Images"); a copy
  // of it outside the figure (a gallery's caption panel) still goes.
  const droppable = (el: Element) => !closestTag(el, 'FIGCAPTION');
  // The copies are places, not elements: leaves come inner first, so the outer one has replaced them.
  const repeated = (el: Element) => (seen.get(foldedText(el))?.length ?? 0) >= 2;
  // A list item that says something (not a link) repeats only as part of a list that is all repeats.
  const furniture = (el: Element) => {
    const item = el.tagName === 'LI' ? el : el.parentElement?.tagName === 'LI' ? el.parentElement : null;
    const list = item?.parentElement;
    if (!item || !list || linkShare(item) >= 0.9) return true;
    return Array.from(list.children).every((other) => other.tagName !== 'LI' || repeated(other));
  };
  for (const [text, all] of seen) {
    const copies = all.filter(furniture);
    if (copies.length < 2) continue;
    if (text.length <= 40 && copies.length >= 3) copies.filter(droppable).forEach((el) => removals.drop(el, 'label', 'label.repeated', text));
    else copies.slice(1).filter(droppable).forEach((el) => removals.drop(el, 'duplicate', 'duplicate.repeated-block', text));
  }
}

/** An inline element with words beside it, up to its block: part of a sentence, not a block of its own. */
function inRunningText(el: Element): boolean {
  for (let node: Element | null = el; node && !BLOCK.has(node.tagName); node = node.parentElement) {
    for (let sib: ChildNode | null = node.parentNode?.firstChild ?? null; sib; sib = sib.nextSibling) {
      if (sib.nodeType === 3 && /[\p{L}\p{N}]/u.test(sib.nodeValue ?? '')) return true;
    }
  }
  return false;
}

/**
 * Two or more headings that each stand more than once, over text that differs: the story is a series of
 * parallel sections (a meal plan per week). The same sections over the same text are a copy of the story.
 */
function hasParallelSections(leaves: Leaf[]): boolean {
  // Each heading's sections, by heading text: the leaves after it, within its box, up to the next heading.
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  let box: Element | null = null;
  for (const { el, text } of leaves) {
    if (/^H[1-6]$/.test(el.tagName)) {
      const list = sections.get(text) ?? [];
      sections.set(text, list);
      list.push('');
      current = list;
      box = el.parentElement;
    } else if (current && box?.contains(el)) current[current.length - 1] += `\n${text}`;
  }
  let repeated = 0;
  let differing = false;
  for (const texts of sections.values()) {
    if (texts.length < 2) continue;
    repeated++;
    if (new Set(texts).size > 1) differing = true;
  }
  return repeated >= 2 && differing;
}

/**
 * Three or more short blocks in a row that are nothing but a link are a list of other stories, even
 * when the template did not make it a list ("'He strangled me': …", "Afghan politician sees …").
 * A short unlinked kicker between them ("TIME TRAVELLER") belongs to the run.
 */
function dropLinkRuns(article: Element, leaves: Leaf[], removals: Removals): void {
  let run: Leaf[] = [];
  let links = 0;
  const flush = () => {
    if (links >= 3) run.forEach(({ el, text }) => removals.drop(el, 'related', 'related.link-run', text));
    run = [];
    links = 0;
  };
  for (const leaf of leaves) {
    if (!article.contains(leaf.el)) continue;
    if (leaf.guarded || leaf.text.length > 150) {
      flush();
      continue;
    }
    const kicker = leaf.text.length <= 30 && !/[.!?]$/.test(leaf.text);
    if (linkShare(leaf.el) >= 0.9) {
      run.push(leaf);
      links++;
    } else if (kicker && links > 0) run.push(leaf);
    else {
      flush();
      if (kicker) run.push(leaf); // may lead the next run
    }
  }
  flush();
}

const CARD_HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
/** Most text a teaser card holds: kicker, linked headline and a one-paragraph dek. */
const CARD_TEXT = 600;
type LengthOf = (el: Element) => number;

/**
 * Teaser cards: three or more sibling boxes, each a linked headline with at most a kicker and a short
 * dek ("'A NATIONAL TRAGEDY' / <a>Watching This …</a> / Dozens of bushfires …"), are other stories
 * listed after or inside this one. A story's own sections have headings that are not links, and say
 * more than a dek under them. Short <article> elements led by a link (a linked photo or headline) say
 * so in markup: each is a story of its own, even without a heading.
 */
function dropTeaserCards(article: Element, removals: Removals): void {
  // Cards are found by climbing from many links to the same few boxes: each box's text is measured once.
  const lengths = new Map<Element, number>();
  const lengthOf: LengthOf = (el) => {
    let length = lengths.get(el);
    if (length === undefined) lengths.set(el, (length = foldedText(el).length));
    return length;
  };
  const cardsByBox = new Map<Element, Set<Element>>();
  const add = (card: Element | null) => {
    const box = card?.parentElement;
    if (card && box) cardsByBox.set(box, (cardsByBox.get(box) ?? new Set()).add(card));
  };
  for (const tag of CARD_HEADINGS) {
    for (const heading of byTag(article, tag)) if (linkShare(heading) >= 0.9) add(cardAround(heading, article, lengthOf));
  }
  for (const own of byTag(article, 'article')) if (isArticleCard(own, lengthOf)) add(own);
  for (const img of byTag(article, 'img')) add(linkedPictureCard(img, article, lengthOf));
  const whole = lengthOf(article);
  for (const [box, set] of cardsByBox) {
    if (set.size < 3) continue;
    // Beside three linked <article> cards, a short <article> without a link is one more of them.
    const articles = [...set].every((card) => card.tagName === 'ARTICLE');
    const cards = articles ? Array.from(box.children).filter((child) => set.has(child) || (child.tagName === 'ARTICLE' && lengthOf(child) <= CARD_TEXT)) : [...set];
    const cardText = cards.reduce((sum, card) => sum + lengthOf(card), 0);
    // Cards that hold most of the text are the story itself (a shopping list, one box per product);
    // <article> cards need only leave a story beside them.
    if (articles ? whole - cardText >= 300 : cardText * 2 < whole) cards.forEach((card) => removals.drop(card, 'related', 'related.teaser-cards'));
  }
}

/** A short <article> with no article inside, whose first link wraps a picture or sits in a heading. */
function isArticleCard(el: Element, lengthOf: LengthOf): boolean {
  if (el.getElementsByTagName('article').length || lengthOf(el) > CARD_TEXT) return false;
  const link = byTag(el, 'a').find((a) => a.getAttribute('href'));
  return !!link && (link.getElementsByTagName('img').length > 0 || /^H[1-6]$/.test(link.parentElement?.tagName ?? ''));
}

/**
 * The widest box led by a linked picture (a thumbnail to another page) that holds a few words beside it
 * and no more than a card's text: a kicker or a headline. Pictures linked to their own file, and
 * figures with a caption, are the story's.
 */
function linkedPictureCard(img: Element, article: Element, lengthOf: LengthOf): Element | null {
  const link = closestTag(img, 'A');
  const href = link?.getAttribute('href') ?? '';
  if (!link || !href || /\.(jpe?g|png|gif|webp|avif|svg)([?#].*)?$/i.test(href)) return null;
  let card: Element | null = null;
  for (let up = link.parentElement; up && up !== article; up = up.parentElement) {
    if (up.tagName === 'FIGURE' || lengthOf(up) > CARD_TEXT || up.getElementsByTagName('figcaption').length || countHeadings(up) > 1) break;
    if (byTag(up, 'a').find((a) => a.getAttribute('href')) !== link) break;
    card = up;
  }
  return card && lengthOf(card) >= 3 ? card : null;
}

/** The widest box around a linked heading that holds no other heading and no more than a card's text. */
function cardAround(heading: Element, article: Element, lengthOf: LengthOf): Element | null {
  let card: Element | null = null;
  for (let up = heading.parentElement; up && up !== article; up = up.parentElement) {
    if (lengthOf(up) > CARD_TEXT || countHeadings(up) > 1) break;
    card = up;
  }
  return card;
}

function countHeadings(el: Element): number {
  let count = 0;
  for (const tag of CARD_HEADINGS) count += el.getElementsByTagName(tag).length;
  return count;
}

/** A pull quote is marked as one, or is a quote box whose words also stand in the body. */
function dropPullQuotes(article: Element, quotes: Element[], removals: Removals): void {
  if (!quotes.length) return;
  const whole = comparable(article.textContent ?? '');
  for (const el of quotes) {
    if (!article.contains(el)) continue;
    const marked = PULL_QUOTE.test(el.getAttribute('class') ?? '');
    const text = foldedText(el);
    const key = comparable(text);
    if (key.length < 20) continue;
    const first = whole.indexOf(key);
    if (marked || (first >= 0 && whole.indexOf(key, first + 1) >= 0)) removals.drop(el, 'duplicate', 'duplicate.pull-quote', text);
  }
}

/**
 * Lists whose every item is a short link are menus or lists of other stories, not story text.
 * (A list that says things, with links inside sentences, has item text outside its links.)
 */
function dropLinkLists(article: Element, lists: Element[], removals: Removals): void {
  for (const list of lists) {
    if (!article.contains(list) || list.closest('table')) continue;
    const nav = list.tagName === 'NAV';
    const items = nav ? [list] : Array.from(list.children).filter((c) => c.tagName === 'LI');
    if (!nav && items.length < 3) continue;
    const average = items.reduce((sum, item) => sum + foldedText(item).length, 0) / Math.max(1, items.length);
    if (!nav && average > 90) continue;
    if (items.every((item) => linkShare(item) >= 0.9)) removals.drop(list, 'navigation', 'navigation.link-list');
  }
}

/** Wrappers left with neither text nor media (the outermost of each empty subtree), in one walk. */
function dropEmptyWrappers(article: Element, removals: Removals): void {
  const empties: Element[] = [];
  const hasContent = (el: Element): boolean => {
    if (MEDIA.has(el.tagName)) return true;
    let content = false;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        if (/\S/.test(node.nodeValue ?? '')) content = true;
      } else if (node.nodeType === 1) {
        const mark = empties.length;
        if (hasContent(node as Element)) content = true;
        else {
          empties.length = mark; // its own empty descendants go with it
          empties.push(node as Element);
        }
      }
    }
    return content;
  };
  hasContent(article);
  for (const el of empties) removals.drop(el, 'empty', 'empty.wrapper', '');
}
