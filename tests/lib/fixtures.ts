// Reads the fixture suite (tests/fixtures/<slug>/{source.html,expected.json}) and checks that each
// expected.json is well-formed and consistent with its page (format: FIXTURES.md). The extraction and
// NLP helpers are measured against these files, so a typo here would blame the tools for our mistake.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

export interface ExpectedQuote { text: string; speaker: string | null; fragment?: boolean }
export interface ExpectedPerson { name: string; role?: string; aliases?: string[] }
export interface Expected {
  url: string;
  isArticle?: boolean;
  kind?: string;
  title: string;
  titleAlsoAccepted?: string[];
  byline?: string | null;
  published?: string | null;
  lang?: string;
  dir?: string;
  mustInclude?: string[];
  mustExclude?: string[];
  /** Image captions and credits: in the html as <figcaption>, not in the text. */
  captions?: string[];
  quotes?: ExpectedQuote[];
  people?: ExpectedPerson[];
  notPeople?: string[];
}

export interface Fixture { slug: string; dir: string; html: string | null; expected: unknown; parseError?: string }

/**
 * The page as a browser decodes it: JSDOM sniffs the BOM or <meta charset> from the bytes (one fixture is
 * really windows-1252). Non-UTF-8 pages come back re-serialised as a string; Node's own
 * TextDecoder('windows-1252') cannot be used, as it turns curly quotes (0x93/0x94) into C1 controls.
 */
function readPage(path: string): string {
  const bytes = readFileSync(path);
  const dom = new JSDOM(bytes);
  return dom.window.document.characterSet === 'UTF-8' ? bytes.toString('utf8') : dom.serialize();
}

/** Every folder under tests/fixtures, with whatever of its two files exists. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => statSync(join(FIXTURES_DIR, name)).isDirectory())
    .sort()
    .map((slug) => {
      const dir = join(FIXTURES_DIR, slug);
      const htmlPath = join(dir, 'source.html');
      const jsonPath = join(dir, 'expected.json');
      const html = existsSync(htmlPath) ? readPage(htmlPath) : null;
      if (!existsSync(jsonPath)) return { slug, dir, html, expected: undefined };
      try {
        return { slug, dir, html, expected: JSON.parse(readFileSync(jsonPath, 'utf8')) as unknown };
      } catch (error) {
        return { slug, dir, html, expected: undefined, parseError: (error as Error).message };
      }
    });
}

/** Folds runs of whitespace (including no-break spaces) to one space, as the checks compare text. */
export const fold = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** What a reader can see: the parsed document's text without scripts, styles and templates, entities decoded. */
export function visibleText(html: string): string {
  const { document } = new JSDOM(html).window;
  for (const el of document.querySelectorAll('script, style, template')) el.remove();
  return fold(document.documentElement.textContent ?? '');
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Lower-case words allowed inside a personal name ("Ahmed al-Sharaa", "Ana de la Cruz").
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'bint', 'ibn', 'abu', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'y', 'zu', 'ter', 'ten', 'af', 'ben']);

/** A speaker label that is not in `people` must read as a group ("Russian officials", "the company", "Police"). */
export function looksLikeGroupLabel(label: string): boolean {
  const words = label.split(/[\s-]+/u);
  return words.length === 1 || words.some((word) => /^[a-z]/u.test(word) && !NAME_PARTICLES.has(word));
}

/** Structural problems in one expected.json, as readable messages (empty when it is well-formed). */
export function shapeProblems(e: unknown): string[] {
  if (!isObject(e)) return ['expected.json is not a JSON object'];
  const p: string[] = [];
  const need = (ok: boolean, what: string) => { if (!ok) p.push(what); };
  need(isString(e.url) && /^https?:\/\//u.test(e.url), '"url" must be an http(s) URL string');
  need(e.isArticle === undefined || typeof e.isArticle === 'boolean', '"isArticle" must be a boolean when present');
  need(isString(e.title) && e.title.trim() !== '', '"title" must be a non-empty string');
  need(e.titleAlsoAccepted === undefined || isStringArray(e.titleAlsoAccepted), '"titleAlsoAccepted" must be an array of strings');
  need(e.lang === undefined || isString(e.lang), '"lang" must be a string');
  need(e.dir === undefined || e.dir === 'ltr' || e.dir === 'rtl', '"dir" must be "ltr" or "rtl"');
  if (e.isArticle === false) {
    need(isString(e.kind) && e.kind !== '', 'non-article pages need a "kind"');
    return p;
  }
  need(e.byline === null || isString(e.byline), '"byline" must be a string or null');
  need(e.published === null || (isString(e.published) && /^\d{4}-\d{2}-\d{2}$/u.test(e.published)), '"published" must be YYYY-MM-DD or null');
  need(isStringArray(e.mustInclude) && e.mustInclude.length >= 5, '"mustInclude" must hold at least 5 strings');
  need(isStringArray(e.mustExclude), '"mustExclude" must be an array of strings');
  need(e.captions === undefined || isStringArray(e.captions), '"captions" must be an array of strings');
  need(e.notPeople === undefined || isStringArray(e.notPeople), '"notPeople" must be an array of strings');
  if (e.quotes !== undefined) {
    if (!Array.isArray(e.quotes)) p.push('"quotes" must be an array');
    else e.quotes.forEach((q: unknown, i) => {
      const ok = isObject(q) && isString(q.text) && q.text.trim() !== '' && (q.speaker === null || (isString(q.speaker) && q.speaker !== ''))
        && (q.fragment === undefined || typeof q.fragment === 'boolean')
        && Object.keys(q).every((k) => ['text', 'speaker', 'fragment'].includes(k));
      need(ok, `quotes[${i}] must be {text: string, speaker: string|null, fragment?: boolean}: ${JSON.stringify(q)}`);
    });
  }
  if (e.people !== undefined) {
    if (!Array.isArray(e.people)) p.push('"people" must be an array');
    else e.people.forEach((person: unknown, i) => {
      const ok = isObject(person) && isString(person.name) && person.name.trim() !== ''
        && (person.role === undefined || isString(person.role)) && (person.aliases === undefined || isStringArray(person.aliases))
        && Object.keys(person).every((k) => ['name', 'role', 'aliases'].includes(k));
      need(ok, `people[${i}] must be {name: string, role?: string, aliases?: string[]}: ${JSON.stringify(person)}`);
    });
  }
  return p;
}

/** Problems between a well-formed expected.json and its page (visible text, and raw HTML for metadata). */
export function contentProblems(e: Expected, text: string, html: string): string[] {
  const p: string[] = [];
  const titles = [e.title, ...(e.titleAlsoAccepted ?? [])];
  if (!titles.some((t) => text.includes(fold(t)))) p.push(`title not on the page: ${JSON.stringify(e.title)}`);
  if (e.isArticle === false) return p;
  if (typeof e.byline === 'string' && !text.includes(fold(e.byline)) && !html.includes(e.byline)) p.push(`byline not on the page: ${JSON.stringify(e.byline)}`);
  if (typeof e.published === 'string' && !html.includes(e.published)) p.push(`published date ${e.published} appears nowhere in the page source`);
  const mustInclude = e.mustInclude ?? [];
  for (const s of mustInclude) if (!text.includes(fold(s))) p.push(`mustInclude not on the page: ${JSON.stringify(s)}`);
  for (const s of e.captions ?? []) if (!text.includes(fold(s))) p.push(`caption not on the page: ${JSON.stringify(s)}`);
  for (const s of e.mustExclude ?? []) {
    if (!text.includes(fold(s))) p.push(`mustExclude not on the page (it would test nothing): ${JSON.stringify(s)}`);
    const inside = mustInclude.find((inc) => inc.includes(s));
    if (inside !== undefined) p.push(`mustExclude ${JSON.stringify(s)} occurs in mustInclude passage ${JSON.stringify(inside)}`);
  }
  // Quotes must be on the page, in text order (each one found after the previous one's start).
  let cursor = 0;
  for (const q of e.quotes ?? []) {
    const paragraphs = q.text.split('\n\n').map(fold);
    for (const para of paragraphs) if (!text.includes(para)) p.push(`quote not on the page: ${JSON.stringify(para)}`);
    const at = text.indexOf(paragraphs[0] ?? '', cursor);
    if (at < 0 && text.includes(paragraphs[0] ?? '')) p.push(`quote out of text order: ${JSON.stringify(q.text)}`);
    if (at >= 0) cursor = at;
  }
  const people = e.people ?? [];
  const names = new Set(people.map((person) => person.name));
  if (names.size !== people.length) p.push('people has duplicate names');
  const aliasOwner = new Map<string, string>();
  for (const person of people) {
    const forms = [person.name, ...(person.aliases ?? [])];
    if (!forms.some((form) => text.includes(fold(form)))) p.push(`person not on the page (neither name nor alias): ${JSON.stringify(person.name)}`);
    for (const alias of person.aliases ?? []) {
      const owner = aliasOwner.get(alias);
      if (owner !== undefined) p.push(`alias ${JSON.stringify(alias)} given to both ${owner} and ${person.name}`);
      aliasOwner.set(alias, person.name);
    }
  }
  const notPeople = new Set(e.notPeople ?? []);
  for (const q of e.quotes ?? []) {
    if (q.speaker === null || names.has(q.speaker)) continue;
    const alias = aliasOwner.get(q.speaker);
    if (alias !== undefined) p.push(`quote speaker ${JSON.stringify(q.speaker)} is an alias: use the canonical name ${JSON.stringify(alias)}`);
    else if (!looksLikeGroupLabel(q.speaker) && !notPeople.has(q.speaker)) p.push(`quote speaker ${JSON.stringify(q.speaker)} looks like a person but is not a name in people (a group speaker needs a lower-case word, one word, or a notPeople entry)`);
  }
  for (const s of e.notPeople ?? []) if (names.has(s)) p.push(`${JSON.stringify(s)} is in both people and notPeople`);
  return p;
}

export interface Totals { articles: number; nonArticles: number; quotes: number; nonFragmentQuotes: number; people: number; byLang: Record<string, number> }

/** Suite totals; people are counted per article (the same person in two articles counts twice). */
export function totals(expectations: Expected[]): Totals {
  const t: Totals = { articles: 0, nonArticles: 0, quotes: 0, nonFragmentQuotes: 0, people: 0, byLang: {} };
  for (const e of expectations) {
    if (e.isArticle === false) { t.nonArticles += 1; continue; }
    t.articles += 1;
    const lang = e.lang ?? 'en';
    t.byLang[lang] = (t.byLang[lang] ?? 0) + 1;
    t.quotes += e.quotes?.length ?? 0;
    t.nonFragmentQuotes += (e.quotes ?? []).filter((q) => q.fragment !== true).length;
    t.people += e.people?.length ?? 0;
  }
  return t;
}
