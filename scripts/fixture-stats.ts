// Prints the fixture suite's totals (articles, quotes, non-fragment quotes, people), overall and per fixture.
// Usage: npx tsx scripts/fixture-stats.ts
import { type Expected, loadFixtures, shapeProblems, totals } from '../tests/lib/fixtures.ts';

const valid = loadFixtures().filter((f) => f.expected !== undefined && shapeProblems(f.expected).length === 0);
for (const f of valid) {
  const e = f.expected as Expected;
  if (e.isArticle === false) { console.log(`${f.slug.padEnd(40)} non-article (${e.kind ?? '?'})`); continue; }
  const quotes = e.quotes ?? [];
  console.log(`${f.slug.padEnd(40)} quotes ${String(quotes.length).padStart(3)}  non-fragment ${String(quotes.filter((q) => q.fragment !== true).length).padStart(3)}  people ${String(e.people?.length ?? 0).padStart(3)}`);
}
const t = totals(valid.map((f) => f.expected as Expected));
console.log(`\nTOTAL: ${t.articles} articles (${Object.entries(t.byLang).map(([l, n]) => `${l} ${n}`).join(', ')}), ${t.nonArticles} non-article pages, ${t.quotes} quotes (${t.nonFragmentQuotes} non-fragment), ${t.people} people`);
