/**
 * Finds direct quotations: pairs of quotation marks in many typographic conventions, nested
 * pairs kept inside their outer quote, apostrophes told apart from single quotes, and quotes
 * running over several paragraphs (opening mark repeated on each, closing only at the end).
 */
import type { Span } from '../types';

export interface QuoteMarks {
  /** The quoted characters, trimmed; for a multi-paragraph quote one span per paragraph. */
  parts: Span[];
  /** Offset of the opening mark and of the closing mark (-1 when the quote is left open). */
  open: number;
  close: number;
}

/** Opening mark → the marks that may close it. */
const CLOSERS: Record<string, string> = {
  '\u201c': '\u201d\u201c', // “ … ” (and “ … “ from bad typesetting)
  '\u201e': '\u201c\u201d', // „ … “  (German, Polish „ … ”)
  '\u00ab': '\u00bb', // « … »
  '\u2039': '\u203a', // ‹ … ›
  '\u2018': '\u2019', // ‘ … ’
  '\u201a': '\u2018\u2019', // ‚ … ‘
  '\u300c': '\u300d', // 「 … 」
  '\u300e': '\u300f', // 『 … 』
  '"': '"',
  "'": "'",
  '\u201d': '\u201d', // ” … ” (Swedish, Finnish)
  '\u00bb': '\u00ab', // » … « (German, Danish)
  '\u203a': '\u2039', // › … ‹
};
const MARKS = new Set([...Object.keys(CLOSERS), ...Object.values(CLOSERS).join('')]);
const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201a', '\u2039', '\u203a']);
const LETTER = /[\p{L}\p{N}]/u;
/** Words that start with an apostrophe: rock 'n' roll, 'em, 'til, '90s. */
const ELISION = /^(?:n|em|til|cause|tis|twas|bout|round|s|\d\d)(?![\p{L}])/u;

interface Open {
  mark: string;
  at: number;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** Classify one character as an opening mark, a closing mark (for the current stack) or neither. */
function role(text: string, i: number, stack: Open[]): 'open' | 'close' | null {
  const ch = text[i]!;
  const prev = text[i - 1];
  const next = text[i + 1];
  const top = stack[stack.length - 1];
  const closesTop = top !== undefined && CLOSERS[top.mark]!.includes(ch);
  const closesDeeper = stack.some((o) => CLOSERS[o.mark]!.includes(ch));
  if (ch === "'" || ch === '\u2019') {
    // Apostrophes: inside a word (don't, Syria’s) or eliding a word start (’90s, 'n').
    if (isLetter(prev) && isLetter(next)) return null;
    if (isLetter(prev) || /[.,!?;:…]/.test(prev ?? '')) return closesDeeper ? 'close' : null;
    if (ELISION.test(text.slice(i + 1, i + 6))) return null;
    if (ch === "'" && isLetter(next)) return 'open';
    return closesDeeper && !isLetter(next) ? 'close' : null;
  }
  if (ch === '\u2018' && isLetter(prev) && isLetter(next)) return null;
  if (closesTop || (closesDeeper && !(ch in CLOSERS))) return 'close';
  if (ch === '\u201d' || ch === '\u00bb' || ch === '\u203a') {
    // Reversed and Nordic marks open only where an opening mark can stand: before a word, after a space.
    return closesDeeper ? 'close' : (!prev || /[\s([—–-]/.test(prev)) && next !== undefined && !/\s/.test(next) ? 'open' : null;
  }
  if (ch === '"') {
    if (closesDeeper) return 'close';
    return next !== undefined && !/\s/.test(next) ? 'open' : null;
  }
  if (ch in CLOSERS) return 'open';
  return null;
}

const isSingle = (mark: string): boolean => SINGLE.has(mark);

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Paragraph ranges of a text whose paragraphs are separated by blank lines. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\u00a0]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function findQuoteMarks(text: string): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  const paras = paragraphs(text);
  let carried: { quote: QuoteMarks; mark: string } | null = null;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    const stack: Open[] = [];
    let i = para.start;
    let current: QuoteMarks | null = null;
    if (carried) {
      // A continued quote: this paragraph repeats the opening mark.
      const first = text[para.start]!;
      if (first in CLOSERS && !isSingle(first)) {
        current = carried.quote;
        stack.push({ mark: carried.mark, at: para.start });
        i = para.start + 1;
      } else {
        closeOpen(carried.quote, carried.mark, found);
      }
      carried = null;
    }
    for (; i < para.end; i++) {
      const ch = text[i]!;
      if (!MARKS.has(ch)) continue;
      const r = role(text, i, stack);
      if (r === 'open') {
        if (stack.length === 0) current = { parts: [], open: i, close: -1 };
        stack.push({ mark: ch, at: i });
      } else if (r === 'close') {
        while (stack.length > 0 && !CLOSERS[stack[stack.length - 1]!.mark]!.includes(ch)) stack.pop();
        const opened = stack.pop()!;
        if (stack.length === 0 && current) {
          current.parts.push(trimmed(text, (current.parts.length ? para.start : opened.at) + 1, i));
          current.close = i;
          if (current.parts[0]!.end > current.parts[0]!.start) found.push(current);
          current = null;
        }
      }
    }
    // Still open at the paragraph's end: a multi-paragraph quote if the next paragraph reopens it.
    const bottom = stack[0];
    if (current && bottom && !isSingle(bottom.mark)) {
      current.parts.push(trimmed(text, (current.parts.length ? para.start : bottom.at) + 1, para.end));
      carried = { quote: current, mark: bottom.mark };
    }
  }
  if (carried) closeOpen(carried.quote, carried.mark, found);
  for (const para of paras) {
    if (found.some((q) => q.open >= para.start && q.open < para.end)) continue;
    found.push(...dialogue(text, para));
  }
  return found.sort((a, b) => a.open - b.open);
}

/**
 * Dialogue introduced by a dash (Spanish raya, also French and Italian): "—¿Y adónde voy?
 * —pregunta—. Yo nací aquí." Speech runs from the opening dash to " —", which opens the
 * narrator's words; a second dash closes them and the speech resumes.
 */
function dialogue(text: string, para: Span): QuoteMarks[] {
  if (!/^[—―](?=[\p{L}¿¡])/u.test(text.slice(para.start, para.start + 2))) return [];
  const out: QuoteMarks[] = [];
  let open = para.start;
  while (open >= 0 && open < para.end) {
    const incise = text.indexOf(' —', open + 1);
    const close = incise >= 0 && incise < para.end ? incise + 1 : -1;
    const part = trimmed(text, open + 1, close >= 0 ? close : para.end);
    if (part.end > part.start) out.push({ parts: [part], open, close });
    if (close < 0) break;
    const back = text.indexOf('—', close + 1);
    if (back < 0 || back >= para.end) break;
    const resume = /^[.,;:]?\s+(?=\S)/u.exec(text.slice(back + 1, para.end));
    open = resume ? back + resume[0].length : -1;
  }
  return out;
}

/** A curly quote never closed: keep what it holds up to the paragraph's end (straight quotes are too ambiguous). */
function closeOpen(quote: QuoteMarks, mark: string, found: QuoteMarks[]): void {
  if (mark === '"' || quote.parts.length === 0) return;
  quote.close = -1;
  found.push(quote);
}
