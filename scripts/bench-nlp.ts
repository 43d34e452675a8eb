/**
 * `npm run bench:nlp [-- --fixtures DIR] [--verbose] [--context]` (--context: the text around each wrong speaker): how well and how fast src/core/nlp finds
 * quotes, speakers and people on every annotated fixture (expected.json with quotes/people).
 * Each page goes through the real pipeline (jsdom at the fixture URL → extractArticle → analyze).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/core/extract/extract';
import { analyze } from '../src/core/nlp/index';
import type { Analysis } from '../src/core/types';

interface ExpectedQuote { text: string; speaker: string | null; fragment?: boolean }
interface Expected { url: string; quotes?: ExpectedQuote[]; people?: { name: string }[] }
interface Page { slug: string; text: string; byline: string | null; lang: string | null; expected: Expected; words: number }

const root = resolve(import.meta.dirname, '..');
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Speakers compare by case-folded text; a group label's leading article does not matter ("The Planning Commission"). */
const label = (s: string | null): string => fold(s ?? '').toLowerCase().replace(/^(?:the|le|la|les|l['’]|el|los|las|der|die|das)\s*/u, '');
const sameSpeaker = (a: string | null, b: string | null): boolean => label(a) === label(b);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

async function loadPages(dirs: string[]): Promise<Page[]> {
  const pages: Page[] = [];
  for (const dir of dirs) {
    for (const slug of (await readdir(dir)).sort()) {
      const file = join(dir, slug, 'expected.json');
      if (!existsSync(file)) continue;
      const expected = JSON.parse(await readFile(file, 'utf8')) as Expected;
      if (!expected.quotes && !expected.people) continue;
      // From the bytes, so that jsdom decodes the page by its declared charset as a browser would.
      const dom = new JSDOM(await readFile(join(dir, slug, 'source.html')), { url: expected.url, virtualConsole: new VirtualConsole() });
      const article = extractArticle(dom.window.document, { url: expected.url, force: true });
      pages.push({ slug, text: article.text, byline: article.byline, lang: article.lang, expected, words: article.text.split(/\s+/).length });
    }
  }
  return pages;
}

function score(pages: Page[], verbose: boolean, context: boolean) {
  let expPeople = 0, gotPeople = 0, tpPeople = 0;
  let expQuotes = 0, foundQuotes = 0, extraQuotes = 0;
  let attributed = 0, rightSpeaker = 0, whole = 0, wholeWithSpeaker = 0;
  for (const page of pages) {
    const result: Analysis = analyze(page.text, { byline: page.byline, lang: page.lang });
    const names = new Set(result.people.map((p) => fold(p.name)));
    const expectedNames = new Set((page.expected.people ?? []).map((p) => fold(p.name)));
    expPeople += expectedNames.size;
    gotPeople += names.size;
    const log: string[] = [];
    for (const n of expectedNames) if (names.has(n)) tpPeople++; else log.push(`  missed person: ${n}`);
    for (const n of names) if (!expectedNames.has(n)) log.push(`  false person: ${n}`);
    const used = new Set<number>();
    for (const q of page.expected.quotes ?? []) {
      expQuotes++;
      const at = result.quotes.findIndex((r, i) => !used.has(i) && fold(r.text) === fold(q.text));
      if (at < 0) {
        log.push(`  missed quote: ${q.text.slice(0, 70)}`);
        continue;
      }
      used.add(at);
      foundQuotes++;
      const got = result.quotes[at]!;
      if (q.speaker) {
        attributed++;
        if (sameSpeaker(got.speaker, q.speaker)) rightSpeaker++;
        else {
          log.push(`  speaker ${JSON.stringify(got.speaker)} ≠ ${JSON.stringify(q.speaker)}: ${q.text.slice(0, 50)}`);
          if (context) log.push(`      …${fold(page.text.slice(Math.max(0, got.start - 160), got.end + 90))}…`);
        }
      }
      if (!q.fragment) {
        whole++;
        if (got.speaker) wholeWithSpeaker++;
      }
    }
    result.quotes.forEach((r, i) => {
      if (!used.has(i)) {
        extraQuotes++;
        log.push(`  extra quote: ${r.text.slice(0, 70)}`);
      }
    });
    if (verbose && log.length) console.log(`${page.slug}\n${log.join('\n')}`);
  }
  const precision = tpPeople / gotPeople;
  const recall = tpPeople / expPeople;
  return {
    articles: pages.length, expQuotes, expPeople, precision, recall, f1: (2 * precision * recall) / (precision + recall),
    quoteRecall: foundQuotes / expQuotes, extraQuotes, speakerAccuracy: rightSpeaker / attributed, attributed,
    attributedShare: wholeWithSpeaker / whole, whole,
  };
}

function speed(pages: Page[]): number {
  for (let i = 0; i < 3; i++) for (const p of pages) analyze(p.text, { byline: p.byline, lang: p.lang });
  const perThousand: number[] = [];
  for (let run = 0; run < 7; run++) {
    for (const p of pages) {
      const t0 = performance.now();
      analyze(p.text, { byline: p.byline, lang: p.lang });
      perThousand.push(((performance.now() - t0) * 1000) / Math.max(p.words, 1));
    }
  }
  return median(perThousand);
}

/** The first call in a fresh process (lexicon set-up included), on the first page's text. */
function firstCall(page: Page): number {
  const script = `import { analyze } from ${JSON.stringify(resolve(root, 'src/core/nlp/index.ts'))};
    const text = ${JSON.stringify(page.text)};
    const t0 = performance.now(); analyze(text, { byline: ${JSON.stringify(page.byline)}, lang: ${JSON.stringify(page.lang)} });
    process.stdout.write(String(performance.now() - t0));`;
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
}

async function bundleGzip(): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), 'verbatim-nlp-bundle-'));
  try {
    await build({
      configFile: false, logLevel: 'silent', publicDir: false,
      build: {
        outDir, emptyOutDir: true, minify: true, target: 'es2022', write: true,
        lib: { entry: resolve(root, 'src/core/nlp/index.ts'), formats: ['es'], fileName: () => 'nlp.js' },
      },
    });
    return gzipSync(await readFile(join(outDir, 'nlp.js'))).length;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { fixtures: { type: 'string', multiple: true }, verbose: { type: 'boolean', default: false }, context: { type: 'boolean', default: false } } });
  const dirs = (values.fixtures ?? [resolve(root, 'tests/fixtures')]).map((d) => resolve(d));
  const pages = await loadPages(dirs);
  if (!pages.length) throw new Error(`no fixture with quotes or people under ${dirs.join(', ')}`);
  const s = score(pages, values.verbose || values.context, values.context);
  const ms = speed(pages);
  const first = firstCall(pages[0]!);
  const gzip = await bundleGzip();
  const line = (label: string, value: string, target = '') => console.log(`${label.padEnd(34)} ${value.padEnd(10)} ${target}`);
  console.log(`fixtures: ${dirs.map((d) => relative(root, d) || '.').join(', ')}`);
  line('articles / quotes / people', `${s.articles} / ${s.expQuotes} / ${s.expPeople}`);
  line('people precision', pct(s.precision));
  line('people recall', pct(s.recall));
  line('people F1', pct(s.f1), 'target ≥ 0.95');
  line('quote recall', pct(s.quoteRecall), `target ≥ 0.98 (${s.extraQuotes} quotes found beyond the annotation)`);
  line('speaker accuracy (attributed)', pct(s.speakerAccuracy), `target ≥ 0.93 (${s.attributed} quotes)`);
  line('non-fragment quotes with speaker', pct(s.attributedShare), `target ≥ 0.90 (${s.whole} quotes)`);
  line('ms per 1,000 words (median)', ms.toFixed(2), 'target ≤ 25');
  line('first call ms (fresh process)', first.toFixed(1), 'target ≤ 150');
  line('NLP bundle gzip KB', (gzip / 1024).toFixed(1), 'target ≤ 150');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
