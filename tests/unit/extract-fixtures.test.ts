/**
 * Verbatim's own behaviour fixtures (tests/fixtures/<slug>/): metadata, article
 * detection, images, links and navigation — the fields the shared fixture runner
 * does not check — plus the story passages; and the metadata of every fixture in the suite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseDocument } from '../../src/cli/load';
import { extractArticle } from '../../src/core/extract/extract';
import type { Article } from '../../src/core/types';
import { FIXTURES_DIR, type Expected } from '../lib/fixtures';

function load(slug: string): { article: Article; expected: Expected } {
  const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, slug, 'expected.json'), 'utf8')) as Expected;
  const html = decodeHtml(readFileSync(join(FIXTURES_DIR, slug, 'source.html')));
  const article = extractArticle(parseDocument(html, expected.url), { url: expected.url });
  return { article, expected };
}

const images = (article: Article) =>
  [...new JSDOM(article.html).window.document.querySelectorAll('img')].map((img) => img.getAttribute('src'));
const links = (article: Article) =>
  [...new JSDOM(article.html).window.document.querySelectorAll('a')].map((a) => a.getAttribute('href'));

const ARTICLES = [
  'srn-al-sharaa-moscow',
  'lazy-images',
  'picture-srcset',
  'noscript-image',
  'relative-links-base',
  'tracking-pixel',
  'jsonld-graph-date',
  'byline-cleanup',
  'title-site-suffix',
  'windows-1252-charset',
  'rtl-arabic-undeclared-lang',
  'next-prev-links',
];

describe.each(ARTICLES)('fixture %s', (slug) => {
  const { article, expected } = load(slug);
  it('is an article with the expected metadata', () => {
    expect(article.isArticle).toBe(true);
    expect(article.reason).toBeNull();
    expect([expected.title, ...(expected.titleAlsoAccepted ?? [])]).toContain(article.title);
    if (expected.byline !== undefined) expect(article.byline).toBe(expected.byline);
    if (expected.published) expect(article.published).toMatch(new RegExp(`^${expected.published}`));
    if (expected.lang) expect(article.lang?.startsWith(expected.lang)).toBe(true);
    if (expected.dir) expect(article.dir).toBe(expected.dir);
    expect(article.wordCount).toBeGreaterThan(100);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
  });
  it('keeps the story passages', () => {
    for (const passage of expected.mustInclude ?? []) expect(article.text).toContain(passage);
  });
});

const NOT_ARTICLES: [string, RegExp][] = [
  ['section-front', /section front/],
  ['search-results', /search results/],
  ['login-page', /sign-in/],
  ['signup-page', /sign-up/],
  ['video-only', /video/],
];

describe.each(NOT_ARTICLES)('non-article fixture %s', (slug, reason) => {
  it('is not an article, says why, and extracts nothing unless forced', () => {
    const { article, expected } = load(slug);
    expect(expected.isArticle).toBe(false);
    expect(article.isArticle).toBe(false);
    expect(article.reason).toMatch(reason);
    expect(article.title).toBe(expected.title);
    expect(article.html).toBe('');
    expect(article.text).toBe('');
    const forced = extractArticle(parseDocument(decodeHtml(readFileSync(join(FIXTURES_DIR, slug, 'source.html'))), expected.url), { url: expected.url, force: true });
    expect(forced.isArticle).toBe(false);
    expect(forced.text.length).toBeGreaterThan(0);
  });
});

describe('behaviour fixtures', () => {
  it('lazy-images: lazy sources become real, absolute src attributes', () => {
    const { article } = load('lazy-images');
    const srcs = images(article);
    expect(srcs).toContain('https://harbourgazette.test/wp-content/uploads/2025/03/ferry-dock-1200x800.jpg');
    expect(srcs).toContain('https://cdn.harbourgazette.test/uploads/2025/03/car-deck-900x600.jpg');
    expect(srcs).toContain('https://harbourgazette.test/2025/03/14/night-ferry-returns/uploads/2025/03/timetable-900x600.png');
    expect(article.html).not.toContain('data:image/gif');
    expect(article.html).not.toContain('lazy-placeholder');
    expect(article.leadImage).toBe('https://harbourgazette.test/wp-content/uploads/2025/03/ferry-dock-1200x630.jpg');
  });

  it('picture-srcset: a <picture> without img src gets the widest source', () => {
    const { article } = load('picture-srcset');
    const srcs = images(article);
    expect(srcs).toContain('https://www.metrodaily.test/_next/image?url=%2Fimages%2Feastgate-hall.webp&w=1280');
    expect(srcs).toContain('https://img.metrodaily.test/eastgate-kids-800.jpg');
    // No og:image: the lead image is the first large picture of the story.
    expect(article.leadImage).toBe('https://www.metrodaily.test/_next/image?url=%2Fimages%2Feastgate-hall.webp&w=1280');
  });

  it('noscript-image: the <noscript> fallback replaces the placeholder', () => {
    const { article } = load('noscript-image');
    const srcs = images(article);
    expect(srcs).toContain('https://cloudfront.courierledger.test/resizer/kestrel-bridge-1440.jpg');
    expect(srcs).toContain('https://www.courierledger.test/resizer/bearing-detail-800.jpg');
    expect(article.html).not.toContain('blank.gif');
    expect(article.html).not.toContain('data:image/svg');
  });

  it('relative-links-base: links and images resolve against <base href>', () => {
    const { article } = load('relative-links-base');
    const hrefs = links(article);
    expect(hrefs).toContain('https://www.valleypost.test/news/county/budget-2025');
    expect(hrefs).toContain('https://www.valleypost.test/news/2025/04/budget-hearings-open');
    expect(hrefs).toContain('https://cdn.valleypost.test/docs/budget-summary.pdf');
    // With a <base>, an in-page anchor resolves against it, as in a browser.
    expect(hrefs).toContain('https://www.valleypost.test/news/#reserve-table');
    expect(images(article)).toContain('https://www.valleypost.test/sites/default/files/2025-05/council-chamber.jpg');
    expect(article.url).toBe('https://www.valleypost.test/news/2025/05/county-council-approves-budget');
  });

  it('tracking-pixel: beacons are dropped and reported, the photo stays', () => {
    const { article } = load('tracking-pixel');
    expect(article.removed.map((r) => [r.kind, r.rule])).toEqual([
      ['tracking', 'tracking.pixel-size'],
      ['tracking', 'tracking.beacon-host'],
      ['tracking', 'tracking.hidden-image'],
      ['tracking', 'tracking.pixel-size'],
    ]);
    for (const beacon of ['scorecardresearch', 'pixel.wp.com', 'email/open', 'opens.gif']) expect(article.html).not.toContain(beacon);
    expect(images(article)).toContain('https://commodityletter.test/content/images/size/w1200/2025/08/roaster.jpg');
  });

  it('jsonld-graph-date: date and author come from the @graph, not the page\'s "5 June"', () => {
    const { article } = load('jsonld-graph-date');
    expect(article.published).toBe('2025-06-03T23:15:00+02:00');
    expect(article.siteName).toBe('Stadtkurier English Edition');
  });

  it('windows-1252-charset: the declared charset decodes the euro sign and accents', () => {
    const { article } = load('windows-1252-charset');
    expect(article.text).toContain('€1.80');
    expect(article.text).not.toContain('\ufffd');
  });

  it('en-news-closing-promos-keeps-credit: the byline shell "By |" goes once its name and time are dropped', () => {
    // Not a mustExclude: "By |" is not contiguous on the page ("By Dana Okafor | October 14 …").
    const { article } = load('en-news-closing-promos-keeps-credit');
    expect(article.text).not.toMatch(/^By \|/mu);
    expect(article.removed).toContainEqual({ kind: 'label', rule: 'label.empty-byline', text: 'By |' });
  });

  it('next-prev-links: labelled post navigation becomes next/previous', () => {
    const { article } = load('next-prev-links');
    expect(article.previous).toBe('https://petit-aubinois.test/2025/05/10/la-piscine-rouvre-ses-portes/');
    expect(article.next).toBe('https://petit-aubinois.test/2025/05/24/fete-de-la-musique-programme/');
  });

  const count = (text: string, part: string) => text.split(part).length - 1;

  it('keeps-repeated-meal-plan-sections: a line repeated under repeated headings stays in every section', () => {
    const { article } = load('keeps-repeated-meal-plan-sections');
    expect(count(article.text, 'Eat 45 minutes before you start')).toBe(3);
    expect(count(article.text, 'Water with a pinch of salt')).toBe(2);
  });

  it('repeated-story-copy: the same sections over the same lines are a copy, kept once', () => {
    const { article } = load('repeated-story-copy');
    expect(count(article.text, 'salmon can climb')).toBe(1);
    expect(count(article.text, 'Anglers\' clubs have pledged')).toBe(1);
  });
});

// Every fixture of the suite (ours and the other helpers'): article or not, and the metadata it promises.
describe.each(readdirSync(FIXTURES_DIR).filter((slug) => !slug.includes('.')).sort())('metadata of fixture %s', (slug) => {
  it('matches expected.json', () => {
    const { article, expected } = load(slug);
    expect({ slug, isArticle: article.isArticle }).toEqual({ slug, isArticle: expected.isArticle ?? true });
    expect([expected.title, ...(expected.titleAlsoAccepted ?? [])]).toContain(article.title);
    if (!article.isArticle) return;
    if (expected.byline !== undefined) expect(article.byline).toBe(expected.byline);
    if (expected.published) expect(article.published?.slice(0, expected.published.length)).toBe(expected.published);
    if (expected.published === null) expect(article.published).toBeNull();
    if (expected.lang) expect(article.lang?.slice(0, expected.lang.length)).toBe(expected.lang);
    if (expected.dir) expect(article.dir).toBe(expected.dir);
  });
});
