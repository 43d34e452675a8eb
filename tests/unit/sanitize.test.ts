import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeInPlace } from '../../src/core/sanitize';

const DIRTY =
  '<p class="lead" style="color:red" onclick="x()">Story <b>text</b><script>bad()</script></p>' +
  '<img src="https://e.test/a.jpg" onerror="y()"><iframe src="https://e.test/ad"></iframe>' +
  '<form><input name="q"><p>Kept words</p></form><a href="https://e.test" target="_blank">link</a>';

describe('sanitizeInPlace', () => {
  it('cleans an element of an inert copy where it is, exactly as sanitizing a copy would', () => {
    const dom = new JSDOM('<body></body>');
    const window = dom.window as unknown as Window;
    const inert = new dom.window.DOMParser().parseFromString(`<div>${DIRTY}</div>`, 'text/html');
    const article = inert.body.firstElementChild!;
    const expected = sanitizeHtml(window, article.cloneNode(true));

    const cleaned = sanitizeInPlace(window, article);
    expect(cleaned).toBe(article);
    expect(article.outerHTML).toBe(expected);
    expect(article.innerHTML).toContain('Story <b>text</b>');
    expect(article.innerHTML).toContain('Kept words');
    expect(article.querySelector('script, iframe, form, input, [onclick], [onerror], [class], [style]')).toBeNull();
  });

  it('cleans an element of another window too, and refuses a root it cannot keep', () => {
    const window = new JSDOM('<body></body>').window as unknown as Window;
    const foreign = new JSDOM(`<body><div>${DIRTY}</div></body>`).window.document.body.firstElementChild!;
    expect(sanitizeInPlace(window, foreign)).toBe(foreign);
    expect(foreign.querySelector('script, iframe, form, [onclick], [onerror]')).toBeNull();
    expect(() => sanitizeInPlace(window, new JSDOM('').window.document.createElement('script'))).toThrow();
  });
});
