import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contentHash, toArticle, toRecord, type LibraryRecord } from '../../src/core/library/record';
import { normalizeForSearch, search, searchable } from '../../src/core/library/search';
import { ImportError, JSONL_NAME, parseExport, toJsonLines, toZip } from '../../src/core/library/transfer';
import { ANALYSIS, article, domWindow } from './serialize-fixtures';

const win = domWindow();
const SAVED = '2026-11-26T12:00:00.000Z';
const bytes = (s: string) => new TextEncoder().encode(s);

async function record(i: number, text = `Paragraph about topic ${i}.`): Promise<LibraryRecord> {
  return toRecord(article(`<p>${text}</p>`, { title: `Story ${i}`, text, url: `https://news.example/${i}` }), `<p>${text}</p>`, ANALYSIS, SAVED);
}

describe('library records', () => {
  it('are named by a hash of their content: same article, same id, whenever saved', async () => {
    const a = await record(1);
    const again = await toRecord(toArticle(a), a.html, a.analysis, '2030-01-01T00:00:00.000Z');
    expect(again.id).toBe(a.id);
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
    expect((await record(2)).id).not.toBe(a.id);
    expect(await contentHash({ ...a, text: a.text + ' ' })).not.toBe(a.id);
  });
});

describe('library search', () => {
  it('finds every word of the query in title or text, ignoring case and accents', async () => {
    const items = [searchable(await record(1, 'The Café in Zürich reopened.')), searchable(await record(2, 'Harbour walls and granite.'))];
    expect(search(items, 'zurich cafe').map((e) => e.title)).toEqual(['Story 1']);
    expect(search(items, 'GRANITE story').map((e) => e.title)).toEqual(['Story 2']);
    expect(search(items, 'granite zurich')).toEqual([]);
    expect(search(items, '  ')).toHaveLength(2);
    expect(normalizeForSearch('Ärger  ÉTÉ')).toBe('arger ete');
  });

  it('scans 1,000 articles of 1,000 words quickly', async () => {
    const words = 'minister harbour council vote budget storm granite election court ruling'.split(' ');
    const items = Array.from({ length: 1000 }, (_, i) =>
      searchable({
        id: String(i), title: `Article ${i}`, byline: null, siteName: null, published: null, url: null, lang: null, dir: null, excerpt: null,
        wordCount: 1000, readingMinutes: 4, savedAt: SAVED,
        text: Array.from({ length: 1000 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ') + (i === 777 ? ' zeppelin' : ''),
      }),
    );
    const times: number[] = [];
    const timed = (query: string) => {
      const start = performance.now();
      const found = search(items, query);
      times.push(performance.now() - start);
      return found;
    };
    // The first scan counts too: it is the one a user waits for after opening the library.
    expect(timed('zeppelin harbour').map((e) => e.id)).toEqual(['777']);
    for (const query of ['granite zeppelin', 'election', 'court ruling storm', 'nothing-like-this']) timed(query);
    // Typically about 1–5 ms each; the bound leaves room for a loaded CI machine.
    expect(Math.max(...times)).toBeLessThan(100);
  });
});

describe('library export and import', () => {
  it('round-trips JSON Lines exactly', async () => {
    const records = [await record(1), await record(2)];
    expect(await parseExport(win, bytes(toJsonLines(records)))).toEqual(records);
  });

  it('imports from the zip export, which also holds each article as HTML and Markdown', async () => {
    const records = [await record(1), await record(2)];
    const zip = toZip(win, records);
    expect(await parseExport(win, zip)).toEqual(records);
  });

  it('names zip entries uniquely when titles collide', async () => {
    const a = await record(1);
    const b = { ...(await record(2)), title: a.title };
    const { unzipSync } = await import('fflate');
    const names = Object.keys(unzipSync(toZip(win, [a, b]))).sort();
    expect(names).toEqual([JSONL_NAME, 'html/Story 1 (2).html', 'html/Story 1.html', 'markdown/Story 1 (2).md', 'markdown/Story 1.md'].sort());
  });

  it('sanitizes imported markup and recomputes ids instead of trusting the file', async () => {
    const good = await record(1);
    const evil = { ...good, id: 'forged', html: '<p onclick="x()">Hi</p><script>alert(1)</script>' };
    const [imported] = await parseExport(win, bytes(JSON.stringify(evil)));
    expect(imported!.html).toBe('<p>Hi</p>');
    expect(imported!.id).toBe(await contentHash(imported!));
    expect(imported!.id).not.toBe('forged');
  });

  it('rejects what is not a Verbatim export, naming the line', async () => {
    await expect(parseExport(win, bytes('{"title":"x"}'))).rejects.toThrow(new ImportError('line 1 is not a Verbatim library article'));
    await expect(parseExport(win, bytes(toJsonLines([await record(1)]) + 'not json\n'))).rejects.toThrow(/line 2 is not JSON/);
    await expect(parseExport(win, zipSync({ 'other.txt': strToU8('x') }))).rejects.toThrow(/not a Verbatim library export/);
  });
});
