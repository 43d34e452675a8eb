/**
 * The data that travels between contexts. Everything here is plain JSON so it
 * crosses the message boundary (structured clone) and the CLI unchanged.
 */

/** Why a piece of the page was dropped: the rule's family and its name. */
export type ClutterKind =
  | 'consent'
  | 'player'
  | 'newsletter'
  | 'share'
  | 'ad'
  | 'related'
  | 'paywall'
  | 'comments'
  | 'author-bio'
  | 'navigation'
  | 'label'
  | 'duplicate'
  | 'empty'
  | 'tracking';

export interface Removal {
  kind: ClutterKind;
  /** Stable rule name, e.g. `player.carbonatix`, so a removal can be explained. */
  rule: string;
  /** The visible text that was dropped (trimmed, may be shortened). */
  text: string;
}

/** A cleaned article. `html` is always DOMPurify output. */
export interface Article {
  isArticle: boolean;
  /** Why the page is not an article (null when it is). */
  reason: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601. */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  url: string | null;
  excerpt: string | null;
  leadImage: string | null;
  html: string;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  next: string | null;
  previous: string | null;
  removed: Removal[];
}

/** A character range into a text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A direct quotation. `start`/`end` cover the quoted characters (without the marks) in the
 * analysed text. A quote running over several paragraphs (opening mark repeated at each, closing
 * only at the end) has `text` = each paragraph's quoted text joined by "\n\n", without the
 * repeated marks, so there `text` differs from `text.slice(start, end)`.
 */
export interface Quote extends Span {
  /** Exactly the characters between the quotation marks (see above for multi-paragraph quotes). */
  text: string;
  /** Canonical full name, a group label ("Russian officials"), or null. */
  speaker: string | null;
  /** A few quoted words inside narration (scare quotes, quoted phrases). */
  fragment: boolean;
  confidence: number;
  /** The words in the text that attribute the quote ("Putin", "she"). */
  speakerMention: Span | null;
}

export interface Person {
  /** Canonical full name, titles stripped. */
  name: string;
  role: string | null;
  /** Surface forms that occur in the text, other than the full name. */
  aliases: string[];
  mentions: Span[];
  /** Indexes into the `quotes` list of the same analysis. */
  quotes: number[];
}

export interface Analysis {
  quotes: Quote[];
  people: Person[];
}
