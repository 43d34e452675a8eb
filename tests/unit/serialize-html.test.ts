import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { COPY_CSP, toHtml } from '../../src/core/serialize/html';
import { COPY_CSS, COPY_CSS_SHA256 } from '../../src/core/serialize/html-style';
import { embedImages, imageSources, MAX_IMAGE_BYTES } from '../../src/core/serialize/images';
import { serialize } from '../../src/core/serialize/index';
import { toText } from '../../src/core/serialize/text';
import { ANALYSIS, article, domWindow, NO_ANALYSIS } from './serialize-fixtures';

const win = domWindow();
const SAVED = '2026-11-26T12:00:00.000Z';
const parse = (html: string) => new win.DOMParser().parseFromString(html, 'text/html');
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('HTML copy', () => {
  const body = '<p>First paragraph.</p><figure><img src="https://img.example/a.png" srcset="https://img.example/a2.png 2x" alt="A"><figcaption>Cap</figcaption></figure><p><img src="https://img.example/big.png" alt="B"></p>';

  it('embeds the images it was given and leaves a visible note by each one left linked', () => {
    const doc = parse(toHtml(win, article(body), NO_ANALYSIS, { savedAt: SAVED, images: { 'https://img.example/a.png': PNG } }));
    const images = Array.from(doc.querySelectorAll('article img'));
    expect(images.map((i) => i.getAttribute('src'))).toEqual([PNG, 'https://img.example/big.png']);
    expect(images[0]!.hasAttribute('srcset')).toBe(false);
    const notes = Array.from(doc.querySelectorAll('.linked-image'));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toMatch(/not saved in this file.*https:\/\/img\.example\/big\.png/);
    // The note follows the figure, not the image inside it.
    expect(doc.querySelector('figure + .linked-image')).toBeNull();
  });

  it('has no script of any kind, even when the stored markup tried to carry one', () => {
    const evil = '<p onclick="alert(1)">Hi</p><script>alert(2)</script><img src="x" onerror="alert(3)"><a href="javascript:alert(4)">x</a><iframe src="https://evil.example"></iframe>';
    const html = toHtml(win, article(evil), ANALYSIS, { savedAt: SAVED });
    const doc = parse(html);
    expect(doc.querySelectorAll('script, iframe, object, embed').length).toBe(0);
    expect(html).not.toMatch(/\son\w+=|javascript:/i);
  });

  it('declares a CSP that forbids scripts and allows only its own stylesheet', () => {
    const doc = parse(toHtml(win, article('<p>x</p>'), NO_ANALYSIS, { savedAt: SAVED }));
    const meta = doc.head.firstElementChild?.nextElementSibling;
    expect(meta?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(meta?.getAttribute('content')).toBe(COPY_CSP);
    expect(COPY_CSP).toMatch(/default-src 'none'/);
    expect(COPY_CSP).not.toMatch(/script-src|unsafe/);
    expect(doc.querySelector('style')?.textContent).toBe(COPY_CSS);
    expect(doc.querySelectorAll('link, style').length).toBe(1);
  });

  it('hashes the stylesheet in the CSP correctly (update COPY_CSS_SHA256 when the CSS changes)', () => {
    expect(COPY_CSS_SHA256).toBe('sha256-' + createHash('sha256').update(COPY_CSS).digest('base64'));
  });

  it('heads the copy with title, byline, site, date, source and the date saved', () => {
    const doc = parse(toHtml(win, article('<p>x</p>', { lang: 'ar', dir: 'rtl' }), NO_ANALYSIS, { savedAt: SAVED }));
    expect(doc.title).toBe('A test article');
    expect(doc.documentElement.lang).toBe('ar');
    expect(doc.documentElement.dir).toBe('rtl');
    expect(doc.querySelector('header h1')?.textContent).toBe('A test article');
    expect(doc.querySelector('header .byline')?.textContent).toBe('Jane Roe');
    const facts = Object.fromEntries(Array.from(doc.querySelectorAll('dl.facts dt')).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts).toEqual({ Site: 'Example News', Published: '2025-10-21', Source: 'https://news.example/story', Saved: SAVED });
    expect(doc.querySelector<HTMLAnchorElement>('dl.facts a')?.getAttribute('href')).toBe('https://news.example/story');
  });

  it('ends with quotes and their speakers, then people and their roles', () => {
    const doc = parse(toHtml(win, article('<p>x</p>'), ANALYSIS, { savedAt: SAVED }));
    const quotes = Array.from(doc.querySelectorAll('.appendix ol.quotes li')).map((li) => li.textContent);
    expect(quotes).toEqual([
      'We said "no" — and\nmeant it: #1 \\ done — Umm Muhammad',
      'unattributed words — unattributed',
      'deeply rooted friendship. — Vladimir Putin (phrase)',
    ]);
    const people = Array.from(doc.querySelectorAll('.appendix ul.people li')).map((li) => li.textContent);
    expect(people).toEqual(['Ahmed al-Sharaa, Syrian President', 'Umm Muhammad']);
  });

  it('links the source only when it is a web address', () => {
    const doc = parse(toHtml(win, article('<p>x</p>', { url: 'javascript:alert(1)' }), NO_ANALYSIS, { savedAt: SAVED }));
    expect(doc.querySelector('dl.facts a')).toBeNull();
    expect(doc.querySelector('dl.facts')?.textContent).toContain('javascript:alert(1)');
  });

  it('has no appendix when there is nothing to list', () => {
    expect(parse(toHtml(win, article('<p>x</p>'), NO_ANALYSIS, { savedAt: SAVED })).querySelector('.appendix')).toBeNull();
  });
});

describe('images to embed', () => {
  it('lists distinct http(s) sources only', () => {
    expect(imageSources(win, '<img src="https://a/1.png"><img src="data:image/png;base64,AA"><img src="https://a/1.png"><img src="http://b/2.gif">')).toEqual(['https://a/1.png', 'http://b/2.gif']);
  });

  it('embeds what loads as an image within the caps and skips the rest', async () => {
    const sizes: Record<string, number> = { 'https://a/ok.png': 10, 'https://a/huge.png': MAX_IMAGE_BYTES + 1, 'https://a/page.png': 5 };
    const load = async (src: string) => {
      if (src.endsWith('fail.png')) throw new TypeError('Failed to fetch');
      return { type: src.endsWith('page.png') ? 'text/html' : 'image/png', bytes: new Uint8Array(sizes[src] ?? 3).fill(65) };
    };
    const out = await embedImages(['https://a/ok.png', 'https://a/huge.png', 'https://a/fail.png', 'https://a/page.png'], load);
    expect(Object.keys(out)).toEqual(['https://a/ok.png']);
    expect(out['https://a/ok.png']).toBe('data:image/png;base64,' + Buffer.from('A'.repeat(10)).toString('base64'));
  });

  it('stops at the total budget', async () => {
    const load = async () => ({ type: 'image/jpeg', bytes: new Uint8Array(60) });
    const out = await embedImages(['https://a/1', 'https://a/2', 'https://a/3'], load, { perImage: 100, total: 150 });
    expect(Object.keys(out)).toEqual(['https://a/1', 'https://a/2']);
  });
});

describe('text copy and the format table', () => {
  it('has a header, the paragraphs, then quotes and people', () => {
    const out = toText(article('<p>x</p>', { text: 'Para one.\n\nPara two.' }), ANALYSIS, { savedAt: SAVED });
    expect(out.startsWith('A test article\nJane Roe\nExample News, 2025-10-21\nSource: https://news.example/story\nSaved: ' + SAVED + '\n\nPara one.\n\nPara two.\n')).toBe(true);
    expect(out).toContain('QUOTES\n\n“We said "no"');
    expect(out).toContain('“deeply rooted friendship.” — Vladimir Putin (phrase)');
    expect(out).toContain('PEOPLE\n\nAhmed al-Sharaa, Syrian President\nUmm Muhammad\n');
  });

  it('names each file from the title with the format’s extension and type', () => {
    const a = article('<p>x</p>', { title: 'Q: what?' });
    expect(serialize('html', win, a, NO_ANALYSIS, { savedAt: SAVED })).toMatchObject({ name: 'Q what.html', mime: 'text/html;charset=utf-8' });
    expect(serialize('md', win, a, NO_ANALYSIS, { savedAt: SAVED })).toMatchObject({ name: 'Q what.md', mime: 'text/markdown;charset=utf-8' });
    expect(serialize('txt', win, a, NO_ANALYSIS, { savedAt: SAVED })).toMatchObject({ name: 'Q what.txt', mime: 'text/plain;charset=utf-8' });
  });
});
