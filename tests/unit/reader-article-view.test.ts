import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { renderArticle } from '../../src/ui/reader/article-view';

const BASE: Article = {
  isArticle: true, reason: null, title: 'A title', byline: 'Jane Doe', siteName: 'The Site', published: '2025-10-21', lang: 'en', dir: null,
  url: 'https://news.test/story/', excerpt: null, leadImage: null, html: '', text: '', wordCount: 100, readingMinutes: 3, next: null, previous: null, removed: [],
};

let dom: JSDOM;
beforeEach(() => {
  dom = new JSDOM('<!doctype html><body></body>', { url: 'chrome-extension://id/reader/index.html' });
  (globalThis as unknown as { document: Document }).document = dom.window.document;
});
afterEach(() => {
  delete (globalThis as unknown as { document?: Document }).document;
});

function render(article: Partial<Article>) {
  return renderArticle(dom.window as unknown as Window, { ...BASE, ...article });
}

describe('reader article view', () => {
  it('shows the masthead and the sanitized body, with the article’s language and direction', () => {
    const { root, body } = render({ html: '<p>Hello <img src="x" onerror="alert(1)"></p><script>alert(2)</script>', lang: 'ar', dir: 'rtl' });
    expect(root.lang).toBe('ar');
    expect(root.dir).toBe('rtl');
    expect(root.querySelector('.site')?.textContent).toBe('The Site');
    expect(root.querySelector('h1')?.textContent).toBe('A title');
    expect(root.querySelector('.byline')?.textContent).toBe('Jane Doe');
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2025-10-21');
    expect(root.querySelector('.facts')?.textContent).toContain('3 min read');
    expect(body.querySelector('script, [onerror]')).toBeNull();
  });

  it('makes links leave the reader and keeps new-tab links in a new tab', () => {
    const { body } = render({ html: '<p><a href="https://a.test/">a</a> <a href="https://b.test/" target="_blank">b</a></p>' });
    const [a, b] = [...body.querySelectorAll('a')];
    expect(a).toMatchObject({ target: '_top', rel: 'noopener noreferrer' });
    expect(b).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
  });

  it('gives images a text alternative, lets wide tables scroll, and keeps captions, lists and code', () => {
    const { body } = render({
      html: '<figure><img src="https://news.test/a.jpg"><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table><ul><li>i</li></ul><pre><code>x = 1</code></pre>',
    });
    expect(body.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(body.querySelector('.table-scroll > table')).not.toBeNull();
    expect(body.querySelector('.table-scroll')?.getAttribute('tabindex')).toBe('0');
    expect(body.querySelector('figcaption')?.textContent).toBe('Cap');
    expect(body.querySelector('ul li')?.textContent).toBe('i');
    expect(body.querySelector('pre code')?.textContent).toBe('x = 1');
  });

  it('shows the lead image only when the body does not already', () => {
    const lead = 'https://news.test/lead.jpg';
    expect(render({ leadImage: lead, html: '<p>Text</p>' }).root.querySelector('.lead img')?.getAttribute('src')).toBe(lead);
    expect(render({ leadImage: lead, html: `<p><img src="${lead}"></p>` }).root.querySelector('.lead')).toBeNull();
    expect(render({ leadImage: 'javascript:alert(1)', html: '<p>Text</p>' }).root.querySelector('.lead')).toBeNull();
  });
});
