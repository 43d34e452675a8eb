/**
 * Words and punctuation with their offsets, and sentence boundaries that never fall inside a
 * quotation (quotes are masked before splitting, so "“It ended. We left,” she said" is one sentence).
 */
import type { Span } from '../types';

export interface Token extends Span {
  text: string;
  lower: string;
  /** A word (letters/digits, inner apostrophes and hyphens); otherwise one punctuation character. */
  word: boolean;
  /** First letter is upper case (or a particle-prefixed name: al-Sharaa). */
  cap: boolean;
  /** Index of the sentence this token is in. */
  sentence: number;
  /** First word of its sentence or right after an opening mark, colon or dash. */
  initial: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const PARTICLE_PREFIX = /^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]t|[Aa]sh|[Aa]n|[Aa]r|[Aa]z|bin|ibn|abu|d|l|o|O|D)[-‐’'](?=\p{Lu})/u;
/** Words before a period that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof', 'jr', 'sr', 'inc', 'corp',
  'co', 'ltd', 'no', 'vs', 'etc', 'mt', 'ft', 'adm', 'cmdr', 'rev', 'hon', 'messrs', 'mme', 'mlle', 'dept', 'univ', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'e.g', 'i.e', 'fig', 'pp', 'vol',
]);

export function isCapitalised(word: string): boolean {
  return UPPER.test(word) || PARTICLE_PREFIX.test(word);
}

/** Tokenize `text`; `masked` is the same text with quotation contents blanked, used for sentences. */
export function tokenize(text: string, sentenceStarts: number[]): Token[] {
  const tokens: Token[] = [];
  let sentence = -1;
  let prev: Token | null = null;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1]! <= start) sentence++;
    const word = /[\p{L}\p{N}]/u.test(m[0][0]!);
    const startsSentence = prev === null || prev.sentence !== Math.max(sentence, 0);
    const t: Token = {
      // The Arabic comma and semicolon do the same work as , and ; for the rules.
      text: m[0] === '\u060c' ? ',' : m[0] === '\u061b' ? ';' : m[0],
      lower: m[0].toLowerCase().replace(/[\u064b-\u0652\u0640]/g, ''),
      start,
      end: start + m[0].length,
      word,
      cap: word && isCapitalised(m[0]),
      sentence: Math.max(sentence, 0),
      initial: startsSentence || (prev !== null && !prev.word && /["“‘«„‚([:—–\-.!?…]/.test(prev.text)),
    };
    tokens.push(t);
    prev = t;
  }
  return tokens;
}

/** Sentence start offsets over the masked text (quotes blanked except their final punctuation). */
export function sentenceStarts(masked: string, paragraphs: Span[]): number[] {
  const starts: number[] = [];
  for (const p of paragraphs) {
    starts.push(p.start);
    // A sentence ends before a capital or an opening quotation mark (whose content is blanked).
    const re = /[.!?…]+["”’»«)\]]*(\s+)(?=["“‘«„»‹›‚「『]|[([]?[\p{Lu}\p{N}])/gu;
    re.lastIndex = p.start;
    for (let m = re.exec(masked); m && m.index < p.end; m = re.exec(masked)) {
      const before = /([\p{L}.]+)\.$/u.exec(masked.slice(Math.max(p.start, m.index - 12), m.index + 1));
      const word = before?.[1]?.toLowerCase();
      // "Mr. Smith", "J. Smith", "U.S. officials": not a sentence end.
      if (m[0][0] === '.' && word && (ABBREVIATIONS.has(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) continue;
      const next = m.index + m[0].length;
      if (next < p.end) starts.push(next);
    }
  }
  return starts;
}
