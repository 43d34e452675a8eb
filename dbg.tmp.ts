import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from './src/cli/load';
import { extractArticle } from './src/core/extract/extract';
const [dir, ...names] = process.argv.slice(2);
const exp = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8'));
const a = extractArticle(parseDocument(readFileSync(`${dir}/source.html`, 'utf8'), exp.url), { url: exp.url, force: true });
for (const n of names) {
  const re = new RegExp(n, 'g');
  for (const m of a.text.matchAll(re)) console.log(`[${n}] …${a.text.slice(Math.max(0, m.index - 80), m.index + 80).replace(/\n/g, ' ¶ ')}…`);
}
