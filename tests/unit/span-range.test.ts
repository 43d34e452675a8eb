import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract/extract';
import { analyze } from '../../src/core/nlp/index';
import { mapBlockText, rangeOfSpan } from '../../src/core/span-range';
import { blockText } from '../../src/core/text';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** The article as the reader renders it: its sanitized HTML in a document. */
async function rendered(slug: string) {
  const dom = new JSDOM(await readFile(resolve(FIXTURES, slug, 'source.html'), 'utf8'), { url: 'https://example.test/story/' });
  const article = extractArticle(dom.window.document, {});
  const view = new JSDOM(`<div id="body">${article.html}</div>`);
  return { article, body: view.window.document.getElementById('body')! };
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('spans of Article.text back to the rendered article', () => {
  for (const slug of ['srn-al-sharaa-moscow', 'ar-rtl-reader-desalination', 'keeps-tables-code-captions', 'en-nyt-like-feature']) {
    it(`maps ${slug} to exactly the text blockText gives`, async () => {
      const { article, body } = await rendered(slug);
      const map = mapBlockText(body);
      expect(map.text).toBe(blockText(body));
      expect(map.text).toBe(article.text);
      expect(map.origins).toHaveLength(map.text.length);
    });
  }

  it('agrees with blockText on figures: captions left out, a figure’s table, code and quote kept', () => {
    const { document } = new JSDOM(`<div id="body">
      <p>Before the photo.</p>
      <figure><img src="a.jpg" alt="A"><figcaption>A <b>harbour</b> at dawn. <small>Photo: A. Lens</small></figcaption></figure>
      <p>Between the figures, with <a href="#">a link</a>.</p>
      <figure><blockquote><p>Quoted inside a figure.</p></blockquote><figcaption>— The report</figcaption></figure>
      <figure><table><tr><td>Year</td><td>Count</td></tr></table></figure>
      <figure><pre><code>run(x)</code></pre></figure>
      <div>Loose text<figure><img src="b.jpg"><figcaption>Inline caption</figcaption></figure>after it.</div>
    </div>`).window;
    const body = document.getElementById('body')!;
    const text = blockText(body);
    const map = mapBlockText(body);
    expect(map.text).toBe(text);
    expect(map.origins).toHaveLength(text.length);
    expect(text.split('\n\n')).toEqual([
      'Before the photo.', 'Between the figures, with a link.', 'Quoted inside a figure.', 'Year Count', 'run(x)', 'Loose text', 'after it.',
    ]);
    // A span after a caption still lands on the right words of the page.
    for (const words of ['with a link', 'Quoted inside', 'after it']) {
      const start = text.indexOf(words);
      expect(rangeOfSpan(body, text, { start, end: start + words.length })?.toString()).toBe(words);
    }
  });

  it('leaves the fixture’s captions out of the text but keeps them in the rendered body', async () => {
    const { article, body } = await rendered('keeps-tables-code-captions');
    const caption = fold(body.querySelector('figcaption')?.textContent ?? '');
    expect(caption).toContain('Advertisement partners listed per banner');
    expect(fold(article.text)).not.toContain(caption);
  });

  it('finds every quote and every mention of the seed article in the rendered body', async () => {
    const { article, body } = await rendered('srn-al-sharaa-moscow');
    const analysis = analyze(article.text, { byline: article.byline, lang: article.lang });
    expect(analysis.quotes.length).toBeGreaterThan(3);
    const spans = [...analysis.quotes, ...analysis.people.flatMap((p) => p.mentions)];
    for (const span of spans) {
      const range = rangeOfSpan(body, article.text, span);
      expect(range, article.text.slice(span.start, span.end)).not.toBeNull();
      expect(fold(range!.toString())).toBe(fold(article.text.slice(span.start, span.end)));
    }
  });

  it('falls back to the nearest occurrence of the words when the rendering differs from the text', async () => {
    const { article, body } = await rendered('srn-al-sharaa-moscow');
    const wanted = 'Russia must apologize to Syrians';
    const start = article.text.indexOf(wanted);
    const shifted = 'An extra opening paragraph.\n\n' + article.text;
    const range = rangeOfSpan(body, shifted, { start: start + 29, end: start + 29 + wanted.length });
    expect(range?.toString()).toBe(wanted);
    expect(rangeOfSpan(body, shifted, { start: 0, end: 8 })).toBeNull();
  });
});
