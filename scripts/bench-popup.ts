/**
 * `npm run bench:popup`: press Verbatim's toolbar button on the seed page 20
 * times in Chromium (built extension, page served from 127.0.0.1, each time a
 * freshly loaded tab, so the content script is injected as on a first click)
 * and report the median and p95 time from the press to the article being
 * painted in the real popup, and to quotes and people being shown.
 * The popup marks those moments itself (src/entries/popup/marks.ts); the press
 * and the popup's performance.timeOrigin are both wall-clock times.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { MARKS } from '../src/entries/popup/marks';
import { DIST, launch, type ActionPopup } from '../tests/e2e/harness';
import { serveFolder } from '../tests/e2e/server';

const RUNS = 20;
const SEED = 'srn-al-sharaa-moscow';
const TARGETS = { article: 300, analysis: 600 };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Moments {
  /** Wall-clock ms of the popup's navigation start. */
  origin: number;
  article: number;
  analysis: number;
}

/** The popup's marks, once both are set (polled: the popup is reached only by CDP messages). */
async function readMarks(popup: ActionPopup): Promise<Moments> {
  const expression = `(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? -1;
    return { origin: performance.timeOrigin, article: at(${JSON.stringify(MARKS.articlePainted)}), analysis: at(${JSON.stringify(MARKS.analysisShown)}) };
  })()`;
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const moments = (await popup.evaluate(expression)) as Moments;
    if (moments.article >= 0 && moments.analysis >= 0) return moments;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the popup did not mark the article and the analysis within 20 s');
}

async function main(): Promise<void> {
  if (!existsSync(resolve(DIST, 'chrome/manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const server = await serveFolder(resolve(import.meta.dirname, '../tests/fixtures'));
  const session = await launch('chromium');
  const fromPress = { article: [] as number[], analysis: [] as number[] };
  const fromOpen = { article: [] as number[], analysis: [] as number[] };
  try {
    for (let run = 0; run < RUNS; run++) {
      const { tabId, page } = await session.openTab(server.url(`${SEED}/source.html`));
      const pressed = await session.grantActiveTab(tabId);
      const popup = await session.actionPopup!();
      const moments = await readMarks(popup);
      fromPress.article.push(moments.origin + moments.article - pressed);
      fromPress.analysis.push(moments.origin + moments.analysis - pressed);
      fromOpen.article.push(moments.article);
      fromOpen.analysis.push(moments.analysis);
      await popup.close();
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  const row = (label: string, press: number[], open: number[], target: number) => {
    const median = percentile(press, 50);
    return `| ${label} | ${median.toFixed(0)} | ${percentile(press, 95).toFixed(0)} | ${percentile(open, 50).toFixed(0)} | ${percentile(open, 95).toFixed(0)} | ≤ ${target} | ${median <= target ? 'met' : 'MISSED'} |`;
  };
  console.log(`Toolbar button pressed ${RUNS} times on ${SEED} in Chromium (ms):\n`);
  console.log('| moment | median from press | p95 from press | median from popup open | p95 from popup open | target (median, from press) | |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  console.log(row('article painted', fromPress.article, fromOpen.article, TARGETS.article));
  console.log(row('quotes and people shown', fromPress.analysis, fromOpen.analysis, TARGETS.analysis));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
