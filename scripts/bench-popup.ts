/**
 * `npm run bench:popup`: open the popup on the seed page 20 times in Chromium
 * (built extension, page served from 127.0.0.1) and report, from the popup's
 * open (its navigation start) to the article being painted, and to quotes and
 * people being shown: median and p95 in ms. Each open is on a freshly loaded
 * tab, so it includes injecting the content script, as a first click does.
 * The popup marks those moments itself (src/entries/popup/marks.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { MARKS } from '../src/entries/popup/marks';
import { DIST, launch, type TestPage } from '../tests/e2e/harness';
import { POPUP_SIZE } from '../tests/e2e/popup-page';
import { serveFolder } from '../tests/e2e/server';

const RUNS = 20;
const SEED = 'srn-al-sharaa-moscow';
const TARGETS = { article: 300, analysis: 600 };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** Poll from Node (tsx would add helpers to functions defined inside a page-side callback). */
async function readMarks(popup: TestPage): Promise<{ article: number; analysis: number }> {
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const [article, analysis] = await popup.evaluateWith(
      (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? -1),
      [MARKS.articlePainted, MARKS.analysisShown],
    );
    if (article! >= 0 && analysis! >= 0) return { article: article!, analysis: analysis! };
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the popup did not mark the article and the analysis within 20 s');
}

async function main(): Promise<void> {
  if (!existsSync(resolve(DIST, 'chrome/manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const server = await serveFolder(resolve(import.meta.dirname, '../tests/fixtures'));
  const session = await launch('chromium');
  const article: number[] = [];
  const analysis: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const { tabId, page } = await session.openTab(server.url(`${SEED}/source.html`));
      await session.grantActiveTab(tabId);
      const popup = await session.openExtensionPage(`popup/index.html?tab=${tabId}`);
      await popup.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
      const marks = await readMarks(popup);
      article.push(marks.article);
      analysis.push(marks.analysis);
      await popup.close();
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  const row = (label: string, values: number[], target: number) => {
    const median = percentile(values, 50);
    return `| ${label} | ${median.toFixed(0)} | ${percentile(values, 95).toFixed(0)} | ≤ ${target} | ${median <= target ? 'met' : 'MISSED'} |`;
  };
  console.log(`Popup open on ${SEED}, ${RUNS} opens in Chromium (ms from the popup's open):\n`);
  console.log('| moment | median | p95 | target (median) | |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(row('article painted', article, TARGETS.article));
  console.log(row('quotes and people shown', analysis, TARGETS.analysis));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
