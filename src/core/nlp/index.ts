/**
 * Quotes with their speakers and the people an article names, from its plain text.
 * Pure TypeScript over a string: no DOM, no model download. Extension pages load it lazily
 * (`await import('…/core/nlp')`); the content script never does.
 */
import type { Analysis, Person, Quote, Span } from '../types';
import { attribute, type QuoteSite } from './attribute';
import { findQuoteMarks, paragraphs, type QuoteMarks } from './marks';
import { findPeople } from './people';
import { sentenceStarts, tokenize } from './tokens';

export interface AnalyzeOptions {
  /** The article's byline; its authors become people with role "author". */
  byline?: string | null;
  /** Language of the text (BCP 47), when known. The rules read every supported language anyway. */
  lang?: string | null;
}

/** Quotes of at most this many words inside narration are fragments (scare quotes, quoted phrases). */
const FRAGMENT_WORDS = 7;

function quoteText(text: string, q: QuoteMarks): string {
  return q.parts.map((p) => text.slice(p.start, p.end)).join('\n\n');
}

/** The text with every quotation's content blanked (its last punctuation kept), same length. */
function mask(text: string, quotes: QuoteMarks[]): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    for (const part of q.parts) {
      if (part.start < at) continue;
      const inner = text.slice(part.start, part.end);
      const last = /[.!?,…]$/.test(inner) ? inner[inner.length - 1]! : '';
      out += text.slice(at, part.start) + ' '.repeat(inner.length - last.length) + last;
      at = part.end;
    }
  }
  return out + text.slice(at);
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** A quote embedded in narration: the mark follows a word, not a sentence start, colon or comma. */
function isFragment(text: string, q: QuoteMarks, words: number): boolean {
  if (words > FRAGMENT_WORDS) return false;
  const before = text.slice(Math.max(0, q.open - 3), q.open).replace(/[\s\u00a0]+$/u, '');
  return /[\p{L}\p{N}]$/u.test(before);
}

/** Letters and digits only, lower case: compares text across punctuation and quote marks. */
const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Pull quotes and headings that repeat the body: a paragraph that is only a quote (with at most
 * a name after it) whose every sentence is found elsewhere, or a short heading-like paragraph
 * whose quoted words are quoted again elsewhere. `all` is letters(text), computed once.
 */
function isRepeat(text: string, all: string, q: QuoteMarks, para: Span, quoted: string): boolean {
  if (q.parts.length !== 1) return false;
  const paragraph = text.slice(para.start, para.end);
  const heading = wordCount(paragraph) <= 12 && !/[.!?…:]["”’»]?\s*$/u.test(paragraph);
  const rest = text.slice(para.start, q.open) + text.slice(q.close + 1, para.end);
  const onlyQuote = wordCount(quoted) >= 5 && !/[\p{L}]{3,}/u.test(rest.replace(/^[\s—–-]*[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*$/u, ''));
  if (!heading && !onlyQuote) return false;
  const own = letters(paragraph);
  // Found elsewhere: more often in the whole text than in this paragraph.
  const elsewhere = (piece: string) => {
    const p = letters(piece);
    return !p || count(all, p) > count(own, p);
  };
  return heading ? elsewhere(quoted) : quoted.split(/(?<=[.!?;,])\s+/u).every(elsewhere);
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const paras = paragraphs(text);
  const marks = findQuoteMarks(text);
  const masked = mask(text, marks);
  const starts = sentenceStarts(masked, paras);
  const tokens = tokenize(text, starts);
  const maskedTokens = tokenize(masked, starts);
  const quotedSpans = marks.flatMap((q) => q.parts);
  const { entities, mentions } = findPeople(text, tokens, options.byline ?? null, options.lang ?? null, quotedSpans);

  const paraOf = (offset: number) => paras.findIndex((p) => offset >= p.start && offset < p.end);
  const kept: { q: QuoteMarks; text: string; site: QuoteSite }[] = [];
  const all = marks.length ? letters(text) : '';
  for (const q of marks) {
    const quoted = quoteText(text, q);
    const paragraph = paraOf(q.open);
    if (isRepeat(text, all, q, paras[paragraph]!, quoted)) continue;
    const fragment = isFragment(text, q, wordCount(quoted));
    kept.push({ q, text: quoted, site: { open: q.open, close: q.close, fragment, paragraph, leads: q.open === paras[paragraph]!.start } });
  }
  const quoted = quotedSpans;
  const sentenceParagraph = starts.map((s) => paraOf(s));
  const found = attribute({ text, tokens: maskedTokens, entities, mentions, quoted, sentenceParagraph }, kept.map((k) => k.site));

  const quotes: Quote[] = kept.map((k, i) => ({
    text: k.text,
    start: k.q.parts[0]!.start,
    end: k.q.parts[k.q.parts.length - 1]!.end,
    speaker: found[i]!.speaker,
    fragment: k.site.fragment,
    confidence: Math.round(found[i]!.confidence * 100) / 100,
    // A fresh object per quote: shared references do not survive every structured-clone path (WebDriver BiDi).
    speakerMention: found[i]!.mention && { ...found[i]!.mention },
  }));
  const people: Person[] = entities.map((e, index) => ({
    name: e.name,
    role: e.role,
    aliases: [...e.aliases],
    mentions: e.mentions,
    quotes: found.flatMap((f, q) => (f.entity === index ? [q] : [])),
  }));
  return { quotes, people };
}
