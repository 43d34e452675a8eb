import type { ClutterKind } from '../../types';

/**
 * One named way to recognise clutter. A rule may carry any of the three kinds of evidence; each is
 * applied by its own pass (see ../preclean.ts):
 * - `selectors`: stable hooks (a vendor's ids, custom elements, data attributes). Always clutter.
 * - `tokens`: tested against every class name and id of every element. Fuzzier, so an element that
 *   holds story-sized text is never dropped by a token.
 * - `text`: tested against the whole, whitespace-folded text of a SHORT block (at most `max`
 *   characters), so a story paragraph that merely mentions "cookies" or "subscribe" never matches.
 */
export interface ClutterRule {
  kind: ClutterKind;
  /** `<kind>.<what>`, shown in Article.removed. */
  name: string;
  selectors?: string[];
  tokens?: RegExp;
  text?: RegExp;
  /** Longest block text the `text` pattern may match (default 60). */
  max?: number;
  /** The matched block must be mostly link text ("Read more: <a>…</a>"): minimum share of link characters. */
  minLinkShare?: number;
  /**
   * What goes with a matched text block:
   * - `label` (default): the block and any wrappers around it that hold nothing else;
   * - `box`: the widest enclosing box that starts with the block and stays within `box` characters
   *   (a newsletter or author-bio box led by its heading);
   * - `links`: the block and the link list right after it (a "Related" heading and its links);
   * - `section`: a heading and what follows it up to the next heading, within `box` characters
   *   (a press release's "About Acme" boilerplate).
   */
  scope?: 'label' | 'box' | 'links' | 'section';
  /** May match a part of a caption (a credit line inside it), never the caption itself. */
  inCaptions?: boolean;
  /** For `box` and `section`: the most characters that may be dropped with the heading. */
  box?: number;
  /**
   * `end`: the `text` pattern is tried only on the article's trailing blocks, after its last story
   * paragraph (see ../end-pass.ts). For end matter that runs longer than a label — a press release's
   * company boilerplate, a magazine promo — and that a story sentence could otherwise resemble.
   */
  at?: 'end';
}
