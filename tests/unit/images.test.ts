import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bestFromSrcset, prepareImages, trackingRule } from '../../src/core/extract/images';

const URL = 'https://news.example.test/section/story.html';
const page = (body: string, head = '') => new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, { url: URL }).window.document;

describe('prepareImages', () => {
  it.each(['data-src', 'data-lazy-src', 'data-original'])('moves %s into src, absolute', (attribute) => {
    const doc = page(`<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ${attribute}="/img/a.jpg" width="800" height="600">`);
    prepareImages(doc, { url: URL });
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://news.example.test/img/a.jpg');
  });

  it('keeps a real src over a lazy attribute', () => {
    const doc = page('<img src="/real.jpg" data-src="/other.jpg">');
    prepareImages(doc, { url: URL });
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://news.example.test/real.jpg');
  });

  it('makes srcset candidates absolute and fills a missing src from them', () => {
    const doc = page('<img data-srcset="small.jpg 400w, large.jpg 1200w">');
    prepareImages(doc, { url: URL });
    const img = doc.querySelector('img')!;
    expect(img.getAttribute('srcset')).toBe('https://news.example.test/section/small.jpg 400w, https://news.example.test/section/large.jpg 1200w');
    expect(img.getAttribute('src')).toBe('https://news.example.test/section/large.jpg');
  });

  it('replaces a placeholder with its <noscript> fallback', () => {
    const doc = page('<figure><img src="/blank.gif" class="lazy"><noscript><img src="/full.jpg" alt="Full"></noscript></figure>');
    prepareImages(doc, { url: URL });
    const imgs = [...doc.querySelectorAll('img')];
    expect(imgs.map((img) => img.getAttribute('src'))).toEqual(['https://news.example.test/full.jpg']);
    expect(doc.querySelector('noscript')).toBeNull();
  });

  it('reads a <noscript> fallback held as text (scripting-enabled DOMs) through parseHtml', () => {
    const doc = page('<figure><img src="data:image/gif;base64,R0lGOD"><noscript>x</noscript></figure>');
    const noscript = doc.querySelector('noscript')!;
    noscript.textContent = '<img src="/full.jpg">';
    const parser = new (doc.defaultView!.DOMParser)();
    prepareImages(doc, { url: URL, parseHtml: (html) => parser.parseFromString(html, 'text/html') });
    expect([...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['https://news.example.test/full.jpg']);
  });

  it('resolves links against <base href>, leaves in-page anchors and javascript: alone', () => {
    const doc = page('<a href="x/y">1</a><a href="#top">2</a><a href="javascript:void(0)">3</a><a href="//cdn.test/f.pdf">4</a>', '<base href="https://other.test/dir/">');
    prepareImages(doc, { url: URL });
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://other.test/dir/x/y', '#top', 'javascript:void(0)', 'https://cdn.test/f.pdf']);
  });

  it('drops tracking pixels and reports them, keeps real images', () => {
    const doc = page(`<img src="/photo.jpg" width="800" height="500">
      <img src="/p.gif" width="1" height="1"><img src="https://sb.scorecardresearch.com/p?c1=2"><img src="/hidden.png" style="display: none">
      <img src="https://stats.example.test/beacon.gif?id=1">`);
    const removed = prepareImages(doc, { url: URL });
    expect(removed.map((r) => r.rule)).toEqual(['tracking.pixel-size', 'tracking.beacon-host', 'tracking.hidden-image', 'tracking.beacon-path']);
    expect([...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['https://news.example.test/photo.jpg']);
  });

  it('does not call an ordinary small image a tracker', () => {
    const doc = page('<img src="/icons/share.png" width="24" height="24">');
    expect(trackingRule(doc.querySelector('img')!, URL)).toBeNull();
  });
});

describe('bestFromSrcset', () => {
  it('takes the widest or densest candidate', () => {
    expect(bestFromSrcset('a.jpg 320w, b.jpg 1024w, c.jpg 640w')).toBe('b.jpg');
    expect(bestFromSrcset('a.jpg, b.jpg 2x')).toBe('b.jpg');
  });
});
