/**
 * `npm run bench:extract [-- --corpus DIR] [--per-page DIR]`: Verbatim against plain Readability on the
 * Zyte article-extraction benchmark, in the same run over the same jsdom documents, scored by the
 * corpus's own scorer; then the share of our fixtures' must-exclude strings each of them leaks.
 * Each page's document is built once; Readability gets a clone (it mutates), Verbatim clones itself.
 * Times cover extraction only, not building the document.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../src/cli/load';
import { extractArticle } from '../src/core/extract/extract';
import { sharedDir } from './lib/shared-dir';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(sharedDir(root) ?? resolve(root, '../shared'), 'corpus/zyte') },
    'per-page': { type: 'string' },
  },
});
const corpus = resolve(values.corpus!);
const scorer = resolve(corpus, '../score.mjs');

interface Scores { f1: number; precision: number; recall: number; accuracy: number }
type System = 'verbatim' | 'readability';
const SYSTEMS: System[] = ['verbatim', 'readability'];

function readabilityText(doc: Document): string {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  return parsed?.textContent ?? '';
}

function verbatimText(doc: Document, url: string): string {
  return extractArticle(doc, { url, force: true }).text;
}

function timed(run: () => string): { text: string; ms: number } {
  const start = performance.now();
  const text = run();
  return { text, ms: performance.now() - start };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function score(predictions: string, perPage?: string): Promise<Scores> {
  const args = [scorer, corpus, predictions, '--json', ...(perPage ? ['--per-page', perPage] : [])];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 1 << 26 });
  return JSON.parse(stdout) as Scores;
}

const restyled: string[] = [];

/**
 * jsdom's CSS parser throws on some invalid stylesheets (e.g. SCSS left in a <style>), failing the
 * whole document. Such a page is rebuilt without its <style> contents, for both systems alike.
 */
function buildDocument(html: string, url: string, id: string): Document {
  try {
    return parseDocument(html, url);
  } catch {
    restyled.push(id);
    return parseDocument(html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2'), url);
  }
}

async function benchmark(): Promise<void> {
  const truth = JSON.parse(await readFile(join(corpus, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const ids = Object.keys(truth).sort();
  const lines: Record<System, string[]> = { verbatim: [], readability: [] };
  const times: Record<System, number[]> = { verbatim: [], readability: [] };
  for (const [index, id] of ids.entries()) {
    const html = gunzipSync(await readFile(join(corpus, 'html', `${id}.html.gz`))).toString('utf8');
    const url = truth[id]!.url;
    const doc = buildDocument(html, url, id);
    // Alternate which system runs first so neither always gets the warmer caches.
    const order = index % 2 ? SYSTEMS : [...SYSTEMS].reverse();
    for (const system of order) {
      const { text, ms } = timed(() => (system === 'verbatim' ? verbatimText(doc, url) : readabilityText(doc)));
      lines[system].push(JSON.stringify({ id, text }));
      times[system].push(ms);
    }
    doc.defaultView?.close();
  }

  const dir = await mkdtemp(join(tmpdir(), 'verbatim-bench-'));
  const results = {} as Record<System, Scores>;
  for (const system of SYSTEMS) {
    const predictions = join(dir, `${system}.jsonl`);
    await writeFile(predictions, lines[system].join('\n') + '\n');
    const perPage = values['per-page'] ? resolve(values['per-page'], `${system}.per-page.jsonl`) : undefined;
    results[system] = await score(predictions, perPage);
  }

  const median = (s: System) => percentile(times[s], 50);
  console.log(`corpus: ${corpus} (${ids.length} pages); predictions in ${dir}`);
  console.log('system        F1     precision  recall  accuracy  median ms  p95 ms');
  for (const system of SYSTEMS) {
    const r = results[system];
    console.log(
      `${system.padEnd(12)}  ${r.f1.toFixed(3)}  ${r.precision.toFixed(3)}      ${r.recall.toFixed(3)}   ${r.accuracy.toFixed(3)}     ` +
        `${median(system).toFixed(1).padStart(6)}     ${percentile(times[system], 95).toFixed(1).padStart(6)}`,
    );
  }
  if (restyled.length) console.log(`rebuilt without <style> contents (jsdom CSS parser error): ${restyled.join(', ')}`);
  console.log(`time ratio (median, verbatim / readability): ${(median('verbatim') / median('readability')).toFixed(2)}`);
}

/** Share of must-exclude strings that end up in each system's text, over our fixture pages. */
async function fixtureLeaks(): Promise<void> {
  const fixtures = resolve(root, 'tests/fixtures');
  let total = 0;
  const leaked: Record<System, number> = { verbatim: 0, readability: 0 };
  for (const slug of (await readdir(fixtures)).sort()) {
    const expectedPath = join(fixtures, slug, 'expected.json');
    if (!existsSync(expectedPath)) continue;
    const expected = JSON.parse(await readFile(expectedPath, 'utf8')) as { url: string; isArticle?: boolean; mustExclude?: string[] };
    if (expected.isArticle === false || !expected.mustExclude?.length) continue;
    const doc = parseDocument(await readFile(join(fixtures, slug, 'source.html'), 'utf8'), expected.url);
    const texts: Record<System, string> = { verbatim: verbatimText(doc, expected.url), readability: readabilityText(doc) };
    total += expected.mustExclude.length;
    for (const system of SYSTEMS) leaked[system] += expected.mustExclude.filter((s) => texts[system].includes(s)).length;
  }
  const share = (n: number) => `${((100 * n) / Math.max(1, total)).toFixed(1)}% (${n}/${total})`;
  console.log(`fixture clutter leaked (must-exclude strings in the text): verbatim ${share(leaked.verbatim)}, readability ${share(leaked.readability)}`);
}

await benchmark();
await fixtureLeaks();
