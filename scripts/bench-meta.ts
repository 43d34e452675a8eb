/**
 * `npm run bench:meta [-- --pages DIR]`: Verbatim's metadata and article detection
 * against the expected metadata of Mozilla Readability's test pages
 * (../shared/corpus/readability-test-pages/pages). Readability's answers are a
 * reference, not the truth: the disagreements are listed so each can be judged.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/core/extract/extract';
import { toIsoDate } from '../src/core/extract/dates';
import { parseDocument } from '../src/cli/load';
import type { Article } from '../src/core/types';

const PAGE_URL = 'http://fakehost/test/page.html';

function defaultPages(): string {
  const candidates = ['../shared', '../../shared', '/work/shared'].map((root) => resolve(import.meta.dirname, '..', root, 'corpus/readability-test-pages/pages'));
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

interface Expected {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang?: string | null;
  dir: string | null;
  readerable: boolean;
}

const squash = (value: unknown) => (value == null || value === '' ? null : String(value).replace(/\s+/g, ' ').trim());
// Names compared, not punctuation: "A, B" and "A and B" credit the same people.
const byName = (value: unknown) => squash(value)?.toLowerCase().replace(/^by\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/ and /g, ' ').trim() || null;
const dateOnly = (value: unknown) => (value == null ? null : (toIsoDate(String(value)) ?? String(value)).slice(0, 10));
const lower = (value: unknown) => squash(value)?.toLowerCase() ?? null;

const FIELDS: { name: string; ours: (a: Article) => unknown; theirs: (e: Expected) => unknown; same: (v: unknown) => unknown }[] = [
  { name: 'isArticle ~ readerable', ours: (a) => a.isArticle, theirs: (e) => e.readerable, same: (v) => v },
  { name: 'title', ours: (a) => a.title, theirs: (e) => e.title, same: squash },
  { name: 'byline', ours: (a) => a.byline, theirs: (e) => e.byline, same: byName },
  { name: 'excerpt', ours: (a) => a.excerpt, theirs: (e) => e.excerpt, same: squash },
  { name: 'siteName', ours: (a) => a.siteName, theirs: (e) => e.siteName, same: squash },
  { name: 'published (date)', ours: (a) => a.published, theirs: (e) => e.publishedTime, same: dateOnly },
  { name: 'lang', ours: (a) => a.lang, theirs: (e) => e.lang ?? null, same: lower },
  { name: 'dir', ours: (a) => a.dir, theirs: (e) => e.dir, same: lower },
];

const short = (value: unknown) => {
  const text = value == null ? 'null' : JSON.stringify(value);
  return text.length > 70 ? text.slice(0, 67) + '…"' : text;
};

function main(): void {
  const { values } = parseArgs({ options: { pages: { type: 'string' } } });
  const dir = resolve(values.pages ?? defaultPages());
  if (!existsSync(dir)) throw new Error(`no test pages at ${dir} (use --pages DIR)`);
  const pages = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'expected-metadata.json'))).sort();
  const agree = new Map<string, number>(FIELDS.map((f) => [f.name, 0]));
  const differences = new Map<string, string[]>(FIELDS.map((f) => [f.name, []]));
  // Disagreements where Readability has no value and Verbatim has one (a date it missed, a guessed language).
  const filled = new Map<string, number>(FIELDS.map((f) => [f.name, 0]));
  for (const page of pages) {
    const expected = JSON.parse(readFileSync(join(dir, page, 'expected-metadata.json'), 'utf8')) as Expected;
    const doc = parseDocument(readFileSync(join(dir, page, 'source.html'), 'utf8'), PAGE_URL);
    const article = extractArticle(doc, { url: PAGE_URL });
    for (const field of FIELDS) {
      const ours = field.ours(article);
      const theirs = field.theirs(expected);
      if (field.same(ours) === field.same(theirs)) agree.set(field.name, agree.get(field.name)! + 1);
      else {
        if (field.same(theirs) === null && field.same(ours) !== null) filled.set(field.name, filled.get(field.name)! + 1);
        differences.get(field.name)!.push(`  ${page}: ours ${short(ours)} · Readability ${short(theirs)}${field.name.startsWith('isArticle') && article.reason ? ` (${article.reason})` : ''}`);
      }
    }
  }
  console.log(`Metadata agreement with Readability's expected values, ${pages.length} pages of ${dir}\n`);
  console.log('field                   agree           of the rest: Readability null, Verbatim has a value');
  for (const field of FIELDS) {
    const n = agree.get(field.name)!;
    const rest = filled.get(field.name)!;
    console.log(`${field.name.padEnd(22)} ${String(n).padStart(4)}/${pages.length}  ${((100 * n) / pages.length).toFixed(1).padStart(5)}%   ${rest ? String(rest).padStart(3) : ''}`);
  }
  for (const field of FIELDS) {
    const list = differences.get(field.name)!;
    if (list.length === 0) continue;
    console.log(`\n${field.name}: ${list.length} disagreement(s)`);
    console.log(list.join('\n'));
  }
}

main();
