/**
 * `npm run bench:keep [-- --pages DIR] [--worst N]`: does Verbatim keep the story? Over Mozilla
 * Readability's test pages (../shared/corpus/readability-test-pages/pages), the sentences of
 * expected.html (Readability's own output: its clutter, but also every story sentence) that are
 * missing from Verbatim's `text`. Most misses are clutter Readability keeps; the list of the worst
 * pages, each miss with the `removed` rule that dropped it, is there to catch the ones that are not.
 * Sentences of 8 words or more; figure captions are left out (Verbatim's text leaves them out by design).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/core/extract/extract';
import { parseDocument } from '../src/cli/load';
import type { Removal } from '../src/core/types';

const PAGE_URL = 'http://fakehost/test/page.html';
const MIN_WORDS = 8;
const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL', 'DL', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE']);

function defaultPages(): string {
  const candidates = ['../shared', '../../shared', '/work/shared'].map((root) => resolve(import.meta.dirname, '..', root, 'corpus/readability-test-pages/pages'));
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

/** Letters and digits only, lower case, single spaces: markup and typography do not count as a loss. */
const norm = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (text: string) => norm(text).split(' ').filter(Boolean).length;

/** The paragraphs of expected.html: the text of each block that holds no other block, captions left out. */
function paragraphs(html: string): string[] {
  const doc = parseDocument(`<body>${html}</body>`, PAGE_URL);
  for (const caption of [...doc.getElementsByTagName('figcaption')]) caption.remove();
  const out: string[] = [];
  const visit = (el: Element): void => {
    const children = [...el.children];
    if (BLOCKS.has(el.tagName) && !children.some((child) => BLOCKS.has(child.tagName) || child.getElementsByTagName('p').length)) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      return;
    }
    children.forEach(visit);
  };
  visit(doc.body);
  return out;
}

const sentences = (paragraph: string) => paragraph.split(/(?<=[.!?…。])\s+(?=[\p{Lu}\p{Lo}"“‘«(])/u).filter((s) => words(s) >= MIN_WORDS);

/** The rule whose removal holds the sentence (removed texts are shortened to 160 characters). */
function culprit(sentence: string, removed: Removal[]): string {
  const s = norm(sentence);
  const head = s.slice(0, 60);
  const hit = removed.find((r) => {
    const t = norm(r.text.replace(/…$/, ''));
    return t.length >= 20 && (t.includes(head) || s.includes(t));
  });
  return hit ? hit.rule : '(not in removed: Readability or the page root)';
}

function main(): void {
  const { values } = parseArgs({ options: { pages: { type: 'string' }, worst: { type: 'string' } } });
  const dir = resolve(values.pages ?? defaultPages());
  if (!existsSync(dir)) throw new Error(`no test pages at ${dir} (use --pages DIR)`);
  const worstCount = Number(values.worst ?? 15);
  const pages = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'expected.html'))).sort();
  const rows: { page: string; total: number; missing: { paragraph: string; rule: string }[]; missed: number }[] = [];
  let total = 0;
  let missed = 0;
  const byRule = new Map<string, number>();
  for (const page of pages) {
    const doc = parseDocument(readFileSync(join(dir, page, 'source.html'), 'utf8'), PAGE_URL);
    const article = extractArticle(doc, { url: PAGE_URL, force: true });
    const ours = ` ${norm(article.text)} `;
    const row = { page, total: 0, missing: [] as { paragraph: string; rule: string }[], missed: 0 };
    for (const paragraph of paragraphs(readFileSync(join(dir, page, 'expected.html'), 'utf8'))) {
      const lost = sentences(paragraph).filter((s) => {
        row.total++;
        return !ours.includes(` ${norm(s)} `);
      });
      if (!lost.length) continue;
      row.missed += lost.length;
      const rule = culprit(lost[0]!, article.removed);
      byRule.set(rule, (byRule.get(rule) ?? 0) + lost.length);
      row.missing.push({ paragraph, rule });
    }
    total += row.total;
    missed += row.missed;
    rows.push(row);
  }
  const pct = (part: number, whole: number) => (whole ? ((100 * part) / whole).toFixed(1) : '0.0').padStart(5) + ' %';
  console.log(`Story sentences (>= ${MIN_WORDS} words) of Readability's expected.html missing from Verbatim's text, ${pages.length} pages of ${dir}\n`);
  for (const row of rows) if (row.missed) console.log(`${row.page.padEnd(40)} ${String(row.missed).padStart(4)} / ${String(row.total).padEnd(4)} ${pct(row.missed, row.total)}`);
  console.log(`\nTotal: ${missed} of ${total} sentences missing (${pct(missed, total).trim()}), ${rows.filter((r) => r.missed).length} of ${pages.length} pages lose some`);
  console.log('\nMissing sentences by rule:');
  for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${rule}`);
  const worst = rows.filter((r) => r.missed).sort((a, b) => b.missed / b.total - a.missed / a.total || b.missed - a.missed).slice(0, worstCount);
  console.log(`\nMissing paragraphs of the ${worst.length} worst pages:`);
  for (const row of worst) {
    console.log(`\n${row.page} (${row.missed} of ${row.total} sentences)`);
    for (const { paragraph, rule } of row.missing) console.log(`  [${rule}] ${paragraph.length > 200 ? paragraph.slice(0, 197) + '…' : paragraph}`);
  }
}

main();
