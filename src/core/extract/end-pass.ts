/**
 * End matter: what a site puts after the story's last paragraph — a press release's company
 * boilerplate, the author's bio, a promo for its magazine or forum, comment rules, tag lines. These
 * run longer than the labels the text pass drops, so their rules (`at: 'end'`) are tried only on the
 * article's trailing blocks, from the last one up; the walk stops at the first block of story, so a
 * story paragraph that mentions "subscribe" or "Twitter" is never tested.
 */
import { foldedText, linkShare, type Removals } from './dom';
import { isTrailingAuthorBio } from './lines';
import type { ClutterRule } from './rules';

interface Block {
  el: Element;
  text: string;
  /** Inside a caption, table, code or quoted document. */
  guarded: boolean;
}

interface EndRule extends ClutterRule {
  text: RegExp;
}

interface Match {
  rule: ClutterRule;
  /** What the dropped block was about (a rule's `subject` group): a paragraph above that defines it too goes. */
  subject?: string;
}

/** How many trailing blocks are looked at, and how many page furniture lines may be passed over on the way up. */
const TAIL = 12;
const PASSABLE = 4;
const SENTENCE_END = /[.!?…:;]["'”’»)]?$/;
const HEADING = /^H[1-6]$/;
const BOLD = /^(STRONG|B)$/;
/** "… is a global provider of …": the opening of a paragraph that defines its subject. */
const DEFINES = /^,? (\([^)]{0,40}\) )?(is|are|was|est|ist|es|é) (a|an|the|one of|un|une|l['’]un|ein|eine|einer|el|la|uno|una|um|uma)\s/iu;

export function compileEndRules(rules: ClutterRule[]): EndRule[] {
  return rules.filter((r): r is EndRule => r.at === 'end' && r.text instanceof RegExp);
}

/** A line that is not a sentence of the story: a short label, or a line of links ("Home", "Download: <a>…</a>"). */
function isFurniture(block: Block): boolean {
  return !SENTENCE_END.test(block.text) && (block.text.length <= 80 || linkShare(block.el) >= 0.6);
}

/** A heading, or a short bold line that stands as one ("<p><strong>Something to Consider</strong></p>"). */
function isHeading(block: Block): boolean {
  if (HEADING.test(block.el.tagName)) return true;
  const only = block.el.children.length === 1 ? block.el.firstElementChild : null;
  return block.text.length <= 80 && !SENTENCE_END.test(block.text) && !!only && BOLD.test(only.tagName) && foldedText(only) === block.text;
}

/**
 * `blocks`: the article's leaf blocks in document order (some may be gone already). A matched block
 * goes; so does a heading right above what went when it shared a box with it alone, or a paragraph
 * above that defines the same subject;
 * furniture lines are passed over (and go only with a `section` rule's heading above them).
 */
export function dropEndMatter(article: Element, blocks: Block[], rules: EndRule[], byline: string | null, removals: Removals): void {
  let passed: Block[] = [];
  let below: Match | null = null; // what dropped the block just below, if it went
  let seen = 0;
  for (let i = blocks.length - 1; i >= 0 && seen < TAIL; i--) {
    const block = blocks[i]!;
    if (!article.contains(block.el)) continue; // dropped by an earlier pass
    seen++;
    if (block.guarded) break;
    const match: Match | null = matchOf(block, rules, byline) ?? (below ? continues(block, below) : null);
    if (match) {
      removals.drop(block.el, match.rule.kind, match.rule.name, block.text);
      if (match.rule.scope === 'section') passed.forEach((p) => removals.drop(p.el, match.rule.kind, match.rule.name, p.text));
      passed = [];
      below = match;
    } else if (below && isHeading(block) && boxedAlone(block)) {
      removals.drop(block.el, below.rule.kind, below.rule.name, block.text);
      below = null; // one heading, not the story line above it
    } else if (isFurniture(block) && passed.length < PASSABLE) {
      passed.push(block);
      below = null;
    } else break;
  }
}

/** The heading is all that is left of its box: it titled the end matter that went ("Something to Consider"), not a story section. */
function boxedAlone(block: Block): boolean {
  const box = block.el.parentElement;
  return !!box && foldedText(box) === block.text;
}

const BIO_RULE: ClutterRule = { kind: 'author-bio', name: 'author-bio.trailing' };

function matchOf(block: Block, rules: EndRule[], byline: string | null): Match | null {
  if (byline && isTrailingAuthorBio(block.text, byline)) return { rule: BIO_RULE };
  for (const rule of rules) {
    if (block.text.length > (rule.max ?? 60)) continue;
    const found = rule.text.exec(block.text);
    if (found) return { rule, subject: found.groups?.['subject'] };
  }
  return null;
}

/** "Acme is a global provider of …" above "Acme is headquartered in … listed on …": one boilerplate. */
function continues(block: Block, below: Match): Match | null {
  const { subject } = below;
  return subject && block.text.startsWith(subject) && DEFINES.test(block.text.slice(subject.length)) ? { rule: below.rule, subject } : null;
}
