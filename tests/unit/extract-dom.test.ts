import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cloneDocument, fold, foldUpTo } from '../../src/core/extract/dom';

describe('folded text measures', () => {
  it('folds white space as a reader sees it', () => {
    expect(fold('  Read\n\t more  here ')).toBe('Read more here');
  });

  it('gives the folded text up to the limit, and null past it', () => {
    expect(foldUpTo('  Advertisement \n', 13)).toBe('Advertisement');
    expect(foldUpTo('Advertisement', 12)).toBeNull();
    expect(foldUpTo('word '.repeat(1000), 400)).toBeNull();
  });

  it('judges a long raw text by its folded length, not its raw length', () => {
    // Indentation makes the raw text long; folded it is a short label.
    const indented = `\n${' '.repeat(2000)}Share this article${' '.repeat(2000)}\n`;
    expect(foldUpTo(indented, 40)).toBe('Share this article');
    // Its start folds short, so the whole is folded and weighed: 39 characters fit, 41 do not.
    expect(foldUpTo(`${'a '.repeat(19)}${' '.repeat(100)}b`, 40)).toBe(`${'a '.repeat(19)}b`);
    expect(foldUpTo(`${'a '.repeat(19)}${' '.repeat(100)}bcd`, 40)).toBeNull();
  });
});

describe('cloneDocument', () => {
  it('copies the whole document with its address, like a deep cloneNode', () => {
    const doc = new JSDOM('<!DOCTYPE html><html lang="fr"><head><base href="/news/"><title>T</title></head><body><p style="color:red">Hi <a href="x">there</a></p><!-- note --></body></html>', { url: 'https://example.com/a/b' }).window.document;
    const copy = cloneDocument(doc);
    expect(copy).not.toBe(doc);
    expect(copy.documentElement.outerHTML).toBe((doc.cloneNode(true) as Document).documentElement.outerHTML);
    expect(copy.URL).toBe(doc.URL);
    expect(copy.baseURI).toBe('https://example.com/news/');
    expect(copy.compatMode).toBe(doc.compatMode);
    expect(copy.doctype?.name).toBe('html');
    copy.body.remove();
    expect(doc.body.textContent).toBe('Hi there');
  });
});
