/**
 * Drops short, label-like blocks by their whole text ("Advertisement", "Audio By Carbonatix",
 * "Read more: <a>…</a>"). It starts from text nodes and climbs only through ancestors whose text stays
 * short, so a long paragraph is never even tested, and each element's text is measured once.
 */
import { fold, foldUpTo, isFrame, linkShare, holdsStory, type Removals } from './dom';
import type { ClutterRule } from './rules';

/** Longest block a text rule may see (the largest `max` of any rule). */
const LONGEST = 400;
/** Where a label is part of the story's own content: tables, code, quoted documents, the headline (and captions, see mayDrop). */
const KEEP_ALWAYS = new Set(['CAPTION', 'TABLE', 'PRE', 'CODE', 'BLOCKQUOTE', 'H1']);
const SHOW_TEXT = 4;
const HEADING = /^H[1-6]$/;
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const INLINE = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'SPAN', 'SMALL', 'U', 'MARK', 'LABEL']);

interface TextRule extends ClutterRule {
  text: RegExp;
}

export interface TextRules {
  /** The rules whose pattern matches this text and whose `max` it fits, in rule order. */
  matching(text: string): TextRule[];
}

export function compileTextRules(rules: ClutterRule[]): TextRules {
  // Rules `at: 'end'` are the end pass's (end-pass.ts): tried on trailing blocks only.
  const textRules = rules.filter((r): r is TextRule => r.text instanceof RegExp && r.at !== 'end');
  // Pages repeat their labels (menus, share bars) and a wrapper's text is often its child's: each text is tested once.
  const seen = new Map<string, TextRule[]>();
  return {
    matching: (text) => {
      let hits = seen.get(text);
      if (!hits) {
        // Each pattern on its own: one pattern combining them all runs no faster on these short texts,
        // and such a large case-blind Unicode pattern is slow for V8 to compile.
        hits = textRules.filter((r) => text.length <= maxOf(r) && r.text.test(text));
        if (seen.size >= 10_000) seen.clear();
        seen.set(text, hits);
      }
      return hits;
    },
  };
}

const maxOf = (rule: ClutterRule) => rule.max ?? 60;

/**
 * Elements' folded texts as first read: a block measured before something inside it was dropped keeps
 * the measure it had, for the rest of the pass. A long text is read but not folded unless asked for.
 */
class BlockTexts {
  private readonly raw = new Map<Element, string>();
  private readonly folded = new Map<Element, string | null>();

  /** The folded text, or null when it is longer than LONGEST. */
  short(el: Element): string | null {
    let text = this.folded.get(el);
    if (text === undefined) this.folded.set(el, (text = foldUpTo(this.rawOf(el), LONGEST)));
    return text;
  }

  /** The whole folded text, however long. */
  full(el: Element): string {
    return this.short(el) ?? fold(this.rawOf(el));
  }

  private rawOf(el: Element): string {
    let text = this.raw.get(el);
    if (text === undefined) this.raw.set(el, (text = el.textContent ?? ''));
    return text;
  }
}

export function dropTextClutter(root: Element, compiled: TextRules, removals: Removals): void {
  const doc = root.ownerDocument;
  const texts: Node[] = [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.trim().length ?? 0;
    if (length > 0 && length <= LONGEST && !UNSEEN.has(node.parentElement?.tagName ?? '')) texts.push(node);
  }
  const blocks = new BlockTexts();
  const tried = new Set<Element>();

  const ruleFor = (el: Element, text: string) =>
    compiled
      .matching(text)
      .find(
        (r) =>
          (!r.minLinkShare || linkShare(el) >= r.minLinkShare) &&
          // A list heading is a block of its own, not a bold lead-in inside a paragraph.
          (r.scope !== 'links' || !INLINE.has(el.tagName)),
      );

  for (const node of texts) {
    // Every match on the way up, innermost first; the widest one that may go is taken.
    const matches: Array<{ el: Element; text: string; rule: ClutterRule }> = [];
    for (let el = node.parentElement; el && el !== root && !isFrame(el); el = el.parentElement) {
      if (tried.has(el)) break; // this chain was already tried from an earlier text node
      tried.add(el);
      const text = blocks.short(el);
      if (text === null) break;
      const rule = ruleFor(el, text);
      // Keep climbing: "<a><span>Next article</span> Title</a>" is one link-led block, not a label.
      if (rule) matches.push({ el, text, rule });
    }
    const match = matches.reverse().find(({ el, text, rule }) => mayDrop(el, rule) && !inSentence(el, text, (inner) => blocks.full(inner)));
    // A text node inside something already dropped climbs a detached tree: check only on a match.
    if (match && root.contains(match.el)) removeMatch(match.el, match.text, match.rule, root, blocks, removals);
  }
}

/** Captions, tables, code, quoted documents and the headline keep every word, but a caption's credit line may go. */
function mayDrop(el: Element, rule: ClutterRule): boolean {
  if (holdsKept(el)) return false; // a short block around a caption is the caption's figure
  let kept: Element | null = null;
  for (let up: Element | null = el; up; up = up.parentElement) {
    if (KEEP_ALWAYS.has(up.tagName)) return false;
    if (!kept && up.tagName === 'FIGCAPTION') kept = up;
  }
  return !kept || (rule.inCaptions === true && kept !== el);
}

/**
 * A whole link inside a sentence (up to its block) is a name in that sentence, not a label of its
 * own: "…owns Instagram, <a>WhatsApp</a>, and dozens of…". (A label inside a link, ", opens new tab",
 * or before a caption's text, "Image caption", is not a whole link and still goes.)
 */
function inSentence(el: Element, text: string, textOf: (el: Element) => string): boolean {
  for (let node: Element | null = el; node && INLINE.has(node.tagName) && textOf(node) === text; node = node.parentElement) {
    if (node.tagName !== 'A') continue;
    // The sentence goes on after the link, or runs into it (not after a full stop or a colon).
    let before = '';
    let after = false;
    for (let sib: ChildNode | null = node.parentNode?.firstChild ?? null; sib; sib = sib.nextSibling) {
      if (sib === node) after = true;
      else if (sib.nodeType === 3) {
        if (after && /\p{L}{2}/u.test(sib.nodeValue ?? '')) return true;
        if (!after) before += sib.nodeValue ?? '';
      }
    }
    before = before.trim();
    if (/\p{L}{2}/u.test(before) && !/[.!?:|·•]$/u.test(before)) return true;
  }
  return false;
}

function holdsKept(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'FIGCAPTION' || KEEP_ALWAYS.has(child.tagName) || holdsKept(child)) return true;
  }
  return false;
}

function removeMatch(block: Element, text: string, rule: ClutterRule, root: Element, blocks: BlockTexts, removals: Removals): void {
  const textOf = (el: Element) => blocks.full(el);
  let target = block;
  // Wrappers that hold nothing but this label, or only more of the same ("Facebook X Email"), go with it.
  for (let up = target.parentElement; up && up !== root && !isFrame(up); up = up.parentElement) {
    const upText = textOf(up);
    const same = upText === text || (upText.length <= maxOf(rule) && rule.text!.test(upText) && (!rule.minLinkShare || linkShare(up) >= rule.minLinkShare));
    if (!same) break;
    target = up;
  }
  if (rule.scope === 'box') {
    for (let up = target.parentElement; up && up !== root && !isFrame(up); up = up.parentElement) {
      const boxText = textOf(up);
      if (boxText.length > (rule.box ?? 500) || !boxText.startsWith(text) || holdsStory(up)) break;
      target = up;
    }
  }
  if (rule.scope === 'section' && !INLINE.has(target.tagName)) {
    const section: Element[] = [];
    let budget = rule.box ?? 1500;
    let next = target.nextElementSibling;
    for (; next && !HEADING.test(next.tagName); next = next.nextElementSibling) {
      budget -= textOf(next).length;
      if (budget < 0 || holdsStory(next)) break;
      section.push(next);
    }
    // A bold line standing as a heading ("<p><b>About Acme</b></p>") leads a section only when the
    // section ends within the budget, at the next heading or the end of its container: end matter.
    const closed = !next || HEADING.test(next.tagName);
    if (HEADING.test(target.tagName) || closed) section.forEach((el) => removals.drop(el, rule.kind, rule.name, textOf(el)));
  }
  if (rule.scope === 'links') {
    // The link list, or the run of one-link lists some templates make of it, up to 3000 characters.
    let budget = 3000;
    for (let list = target.nextElementSibling; list && linkShare(list) >= 0.6 && (budget -= textOf(list).length) >= 0; ) {
      const after = list.nextElementSibling;
      removals.drop(list, rule.kind, rule.name, textOf(list));
      list = after;
    }
  }
  removals.drop(target, rule.kind, rule.name, textOf(target));
}
