import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract/extract';

const URL = 'https://news.example.test/2025/story/';
const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story tells the reader what the council decided on Tuesday evening, why the members voted as they did, and what the decision will change for the residents of the district next year.</p>`;
const extract = (html: string, url = URL) => extractArticle(new JSDOM(html, { url }).window.document, { url });

describe('article detection', () => {
  it('keeps an article whose page also has a sign-in modal', () => {
    const article = extract(`<body><article><h1>Council vote</h1>${Array.from({ length: 10 }, (_, i) => paragraph(i)).join('')}</article>
      <div class="modal"><form><input type="email"><input type="password"><button>Sign in</button></form></div></body>`);
    expect(article.isArticle).toBe(true);
  });

  it('keeps a short brief that declares itself an article', () => {
    const article = extract(`<head><meta property="og:type" content="article"></head><body><article><h1>Road closed</h1>
      <p>The coast road between the harbour and the lighthouse is closed until Friday after a landslide on Tuesday night, the highways office said.</p>
      <p>Buses to the lighthouse run on the inland route, which adds about twenty minutes to the journey.</p></article></body>`);
    expect(article.isArticle).toBe(true);
  });

  it('calls a page of a few words too short, and says why', () => {
    const article = extract('<body><main><h1>Welcome</h1><p>Hello there.</p></main></body>');
    expect(article.isArticle).toBe(false);
    expect(article.reason).toMatch(/too little running text/);
  });

  it('calls a page with no text empty', () => {
    const article = extract('<body><main><img src="/a.jpg"></main></body>');
    expect(article.isArticle).toBe(false);
    expect(article.reason).toMatch(/No readable article text/);
  });

  it('trusts a CollectionPage declaration', () => {
    const links = Array.from({ length: 5 }, (_, i) => `<h3><a href="/s/${i}">Story number ${i} has a headline here</a></h3>`).join('');
    const article = extract(`<head><script type="application/ld+json">{"@type":"CollectionPage","name":"Politics"}</script></head><body><main>${links}${paragraph(1)}</main></body>`);
    expect(article.isArticle).toBe(false);
    expect(article.reason).toMatch(/section front/);
  });

  it('extracts a non-article anyway when forced, and still says what it is', () => {
    const html = '<body><main><h1>Sign in</h1><form><input type="email"><input type="password"><button>Sign in</button></form><p>Subscribers can read every story on our website and in the app after they sign in.</p></main></body>';
    expect(extract(html).text).toBe('');
    const forced = extractArticle(new JSDOM(html, { url: URL }).window.document, { url: URL, force: true });
    expect(forced.isArticle).toBe(false);
    expect(forced.reason).toMatch(/sign-in/);
    expect(forced.text).toContain('Subscribers can read every story');
  });
});
