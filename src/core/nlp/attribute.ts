/**
 * Who said each quote. Patterns in order of measured accuracy (see docs): “…,” X said / said X;
 * X said, “…” and X … affirmed that “…” (the subject of the nearest speech verb, skipping
 * parentheticals, participles lead back to their clause's subject); according to X; then the
 * previous quote's speaker in the same paragraph. A subject that is not a person ("Russian
 * officials", "State media") is returned as a group label, never forced onto a nearby person.
 */
import type { Span } from '../types';
import { lexicon } from './lexicon';
import type { Entity, Mention } from './people';
import type { Token } from './tokens';
import { GROUP_NOUNS, PRONOUNS, SOURCE_PREPOSITIONS, SPEECH_VERBS, STOP, SUBJECT_SKIP, TITLES } from './words';

export interface Attribution {
  speaker: string | null;
  entity: number | null;
  mention: Span | null;
  confidence: number;
}

export interface QuoteSite {
  /** Offsets of the opening and closing marks (close -1 when never closed). */
  open: number;
  close: number;
  fragment: boolean;
  paragraph: number;
  /** The quote opens its paragraph (so it may continue the previous paragraph's speaker). */
  leads: boolean;
}

const NONE: Attribution = { speaker: null, entity: null, mention: null, confidence: 0 };
const DETERMINERS = new Set('the a an le la les l el los las der die das den un une'.split(' '));
/** Words that end a subject phrase when walking back from a verb. */
const CLAUSE_WORDS = new Set('that which who while whereas but and because as if when after before since where although though than so'.split(' '));
const INVERTED_PRONOUN = /[-‐]t?[-‐]?(il|elle)$/u;

interface Context {
  text: string;
  tokens: Token[];
  entities: Entity[];
  mentions: Mention[];
  /** Spans of quoted text (mentions inside do not count for pronouns). */
  quoted: Span[];
}

/** A speech verb; capitalised words are names ("State media", "Said Khan"), never verbs. */
const isSpeech = (t: Token | undefined): boolean => !!t && t.word && !t.cap && (SPEECH_VERBS.has(t.lower) || INVERTED_PRONOUN.test(t.lower));
const AUXILIARY = new Set('is was were are be been am être est sont'.split(' '));

function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo;
}

function inQuote(ctx: Context, offset: number): boolean {
  return ctx.quoted.some((q) => offset >= q.start && offset < q.end);
}

/** The most recent person before `offset`, outside quotes, of a compatible gender. */
function resolvePronoun(ctx: Context, offset: number, gender: 'm' | 'f'): number | null {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.start >= offset || inQuote(ctx, m.start)) continue;
    const g = ctx.entities[m.entity]!.gender;
    if (g === null || g === gender) return m.entity;
  }
  return null;
}

/** Turn the words of a subject or agent phrase into a speaker. */
function resolvePhrase(ctx: Context, from: number, to: number, confidence: number): Attribution {
  const words = ctx.tokens.slice(from, to).filter((t) => t.word);
  if (!words.length || words.length > 8) return NONE;
  const span = { start: ctx.tokens[from]!.start, end: ctx.tokens[to - 1]!.end };
  const person = ctx.mentions.find((m) => m.start >= span.start && m.end <= span.end);
  if (person) {
    const mention = { start: person.start, end: person.end };
    return { speaker: ctx.entities[person.entity]!.name, entity: person.entity, mention, confidence };
  }
  const inverted = words.length === 1 ? INVERTED_PRONOUN.exec(words[0]!.lower) : null;
  const pronoun = words.length === 1 ? (PRONOUNS[words[0]!.lower] ?? (inverted ? PRONOUNS[inverted[1]!] : undefined)) : undefined;
  if (pronoun) {
    const entity = resolvePronoun(ctx, span.start, pronoun);
    if (entity === null) return NONE;
    return { speaker: ctx.entities[entity]!.name, entity, mention: span, confidence: confidence - 0.05 };
  }
  const lex = lexicon();
  const head = words[words.length - 1]!;
  const first = words[0]!;
  // "the minister said": the person whose role has that noun, named most recently.
  if (DETERMINERS.has(first.lower) && words.length <= 3 && (TITLES.has(head.lower) || lex.actors.has(head.lower))) {
    for (let i = ctx.mentions.length - 1; i >= 0; i--) {
      const m = ctx.mentions[i]!;
      const role = ctx.entities[m.entity]!.role?.toLowerCase() ?? '';
      if (m.start < span.start && role.split(/\s+/).includes(head.lower)) {
        return { speaker: ctx.entities[m.entity]!.name, entity: m.entity, mention: span, confidence: confidence - 0.15 };
      }
    }
  }
  if (words.some((w) => STOP.has(w.lower) && !DETERMINERS.has(w.lower) && !['of', 'for', 'at', 'de', 'du'].includes(w.lower))) return NONE;
  if (PRONOUNS[head.lower] || /^(?:they|ils|elles|ellos|ellas|it|this|that)$/.test(head.lower)) return NONE;
  const groupLike = GROUP_NOUNS.has(head.lower) || GROUP_NOUNS.has(head.lower.replace(/s$/, '')) || (head.cap && !head.initial) || lex.actors.has(head.lower);
  if (!groupLike) return NONE;
  return { speaker: ctx.text.slice(span.start, span.end), entity: null, mention: span, confidence: confidence - 0.1 };
}

/** Collect a noun phrase forward from `i` (after an inverted speech verb), up to punctuation. */
function phraseAfter(ctx: Context, i: number, sentence: number): [number, number] | null {
  let j = i;
  while (j < ctx.tokens.length && j - i < 8) {
    const t = ctx.tokens[j]!;
    if (t.sentence !== sentence || !t.word || (CLAUSE_WORDS.has(t.lower) && j > i) || isSpeech(t)) break;
    if (j > i && STOP.has(t.lower) && !DETERMINERS.has(t.lower) && !/^(?:of|for|at|de|du)$/.test(t.lower)) break;
    j++;
  }
  return j > i ? [i, j] : null;
}

/** Walk back from a verb over adverbs and parentheticals to its subject phrase [from, to). */
function subjectBefore(ctx: Context, verb: number, limit: number): [number, number] | null {
  let j = verb - 1;
  const skip = () => {
    while (j >= limit && ctx.tokens[j]!.word && SUBJECT_SKIP.has(ctx.tokens[j]!.lower)) j--;
  };
  skip();
  // ", for his part," / ", a spokeswoman for the ministry," / ", according to …,": step over it.
  while (j >= limit && ctx.tokens[j]!.text === ',') {
    let k = j - 1;
    while (k >= limit && ctx.tokens[k]!.text !== ',' && ctx.tokens[k]!.word) k--;
    if (k < limit || ctx.tokens[k]!.text !== ',') break;
    j = k - 1;
    skip();
  }
  const to = j + 1;
  while (j >= limit) {
    const t = ctx.tokens[j]!;
    if (!t.word || CLAUSE_WORDS.has(t.lower) || isSpeech(t) || to - j > 7) break;
    if (STOP.has(t.lower) && !DETERMINERS.has(t.lower) && !PRONOUNS[t.lower] && !/^(?:of|for|at|de|du)$/.test(t.lower)) break;
    j--;
  }
  let from = j + 1;
  // Leading connectors such as "of"/"for" cannot start a subject.
  while (from < to && /^(?:of|for|at|de|du)$/.test(ctx.tokens[from]!.lower)) from++;
  return from < to ? [from, to] : null;
}

function sentenceStart(tokens: Token[], i: number): number {
  const s = tokens[i]?.sentence;
  while (i > 0 && tokens[i - 1]!.sentence === s) i--;
  return i;
}

/** “…,” X said / “…,” said X / « … », a-t-elle ajouté / „…“, so X. */
function after(ctx: Context, site: QuoteSite): Attribution {
  if (site.close < 0) return NONE;
  let i = tokenIndexAt(ctx.tokens, site.close + 1);
  const closeTok = ctx.tokens[i - 1];
  const sentence = closeTok?.sentence ?? -1;
  while (i < ctx.tokens.length && /^[,—–-]$/.test(ctx.tokens[i]!.text)) i++;
  const t = ctx.tokens[i];
  if (!t || t.sentence !== sentence) return NONE;
  if (isSpeech(t)) {
    if (INVERTED_PRONOUN.test(t.lower)) return resolvePhrase(ctx, i, i + 1, 0.9);
    let k = i + 1;
    // "a déclaré", "fügte … hinzu": skip auxiliaries and participles after the verb.
    while (k < ctx.tokens.length && isSpeech(ctx.tokens[k]) && ctx.tokens[k]!.sentence === sentence) k++;
    if (ctx.tokens[k] && INVERTED_PRONOUN.test(ctx.tokens[k]!.lower)) return resolvePhrase(ctx, k, k + 1, 0.9);
    const np = phraseAfter(ctx, k, sentence);
    return np ? resolvePhrase(ctx, np[0], np[1], 0.95) : NONE;
  }
  if (/^(?:so|a|ha)$/.test(t.lower) && isSpeech(ctx.tokens[i + 1])) {
    // French "a déclaré X", Spanish "ha dicho X".
    const np = phraseAfter(ctx, i + 2, sentence);
    return np ? resolvePhrase(ctx, np[0], np[1], 0.9) : NONE;
  }
  if (t.lower === 'so' || SOURCE_PREPOSITIONS.test(t.text)) {
    const np = phraseAfter(ctx, i + 1, sentence);
    return np ? resolvePhrase(ctx, np[0], np[1], 0.85) : NONE;
  }
  // Subject then verb: “…,” the ministry said in a statement.
  for (let k = i; k < ctx.tokens.length && k - i < 10; k++) {
    const v = ctx.tokens[k]!;
    if (v.sentence !== sentence || /^["“”‘’«»„]$/.test(v.text)) break;
    if (isSpeech(v)) {
      const np = subjectBefore(ctx, k, i);
      return np && np[0] === i ? resolvePhrase(ctx, np[0], np[1], 0.95) : NONE;
    }
  }
  return NONE;
}

/** X said, “…” / X, for his part, affirmed that “…” / …, calling it a “…” / according to X, “…”. */
function before(ctx: Context, site: QuoteSite): Attribution {
  const open = tokenIndexAt(ctx.tokens, site.open);
  const start = sentenceStart(ctx.tokens, open);
  for (let v = open - 1; v >= start; v--) {
    const t = ctx.tokens[v]!;
    const source = SOURCE_PREPOSITIONS.test(ctx.text.slice(ctx.tokens[Math.max(start, v - 3)]!.start, t.end));
    if (source && !isSpeech(t)) {
      const np = phraseAfter(ctx, v + 1, t.sentence);
      if (np) return resolvePhrase(ctx, np[0], np[1], 0.8);
    }
    if (!isSpeech(t)) continue;
    const adjacent = open - v <= 4;
    let verb = v;
    // A participle ("…, calling them a “…”") takes the subject of the clause it hangs on.
    if (t.lower.endsWith('ing') && !AUXILIARY.has(ctx.tokens[v - 1]?.lower ?? '')) {
      let w = v - 1;
      while (w >= start && !(isSpeech(ctx.tokens[w]) && !ctx.tokens[w]!.lower.endsWith('ing'))) w--;
      if (w >= start) verb = w;
    }
    const subject = subjectBefore(ctx, verb, start);
    if (subject) {
      const found = resolvePhrase(ctx, subject[0], subject[1], adjacent ? 0.85 : 0.75);
      if (found.speaker) return found;
    }
    // Inverted: « …, a déclaré X : « … » » or "said X:".
    const np = phraseAfter(ctx, v + 1, t.sentence);
    if (np && np[1] <= open) {
      const found = resolvePhrase(ctx, np[0], np[1], 0.8);
      if (found.speaker) return found;
    }
    return NONE;
  }
  // "Smith: “…”"
  if (ctx.tokens[open - 1]?.text === ':') {
    const subject = subjectBefore(ctx, open - 1, start);
    if (subject) return resolvePhrase(ctx, subject[0], subject[1], 0.7);
  }
  return NONE;
}

export function attribute(ctx: Context, sites: QuoteSite[]): Attribution[] {
  const out: Attribution[] = [];
  sites.forEach((site, i) => {
    let found = after(ctx, site);
    if (!found.speaker) found = before(ctx, site);
    if (!found.speaker && !site.fragment) {
      // A follow-on quote in the same paragraph, or a paragraph that only continues the last speaker's words.
      const prev = out[i - 1];
      const prevSite = sites[i - 1];
      if (prev?.speaker && prevSite && (prevSite.paragraph === site.paragraph || (site.leads && prevSite.paragraph === site.paragraph - 1 && !prevSite.fragment))) {
        found = { ...prev, mention: prev.mention, confidence: prevSite.paragraph === site.paragraph ? 0.6 : 0.45 };
      }
    }
    out.push(found);
  });
  return out;
}
