import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { bodyMarkdown, toMarkdown } from '../../src/core/serialize/markdown';
import { ANALYSIS, article, domWindow, NO_ANALYSIS } from './serialize-fixtures';

const win = domWindow();
const md = (html: string) => bodyMarkdown(win, html);
const SAVED = '2026-11-26T12:00:00.000Z';

describe('Markdown body', () => {
  it('writes a table with a heading row as a GFM table, escaping pipes inside cells', () => {
    const out = md('<table><thead><tr><th>Name</th><th>Votes</th></tr></thead><tbody><tr><td>A | B</td><td><strong>12</strong></td></tr><tr><td>C</td><td>3</td></tr></tbody></table>');
    expect(out).toBe(['| Name | Votes |', '| --- | --- |', '| A \\| B | **12** |', '| C | 3 |'].join('\n'));
  });

  it('gives a table without a heading row an empty one instead of leaving raw HTML', () => {
    const out = md('<table><tr><td>1</td><td>2</td></tr><tr><td colspan="2">both</td></tr></table>');
    expect(out).not.toContain('<table');
    expect(out).toBe(['|  |  |', '| --- | --- |', '| 1 | 2 |', '| both |  |'].join('\n'));
  });

  it('keeps nested and ordered lists', () => {
    const out = md('<ul><li>one<ul><li>one.a</li></ul></li><li>two</li></ul><ol start="3"><li>three</li><li>four</li></ol>');
    expect(out).toBe('-   one\n    -   one.a\n-   two\n\n3.  three\n4.  four');
  });

  it('fences code blocks, longer than any backtick run inside, and keeps <pre> without <code>', () => {
    const out = md('<pre><code>const a = 1;\n```\nnot a fence\n</code></pre><p>Use <code>npm ci</code>.</p><pre>  keep   spacing\nline 2</pre>');
    expect(out).toContain('````\nconst a = 1;\n```\nnot a fence\n````');
    expect(out).toContain('Use `npm ci`.');
    expect(out).toContain('```\n  keep   spacing\nline 2\n```');
  });

  it('links images with alt text and encodes awkward URLs', () => {
    const out = md('<p><img src="https://img.example/a b(1).png" alt="A [big] cat" title="Cat"></p><figure><img src="https://img.example/c.jpg" alt=""><figcaption>Caption</figcaption></figure>');
    expect(out).toContain('![A \\[big\\] cat](https://img.example/a%20b%281%29.png "Cat")');
    expect(out).toContain('![](https://img.example/c.jpg)');
    expect(out).toContain('Caption');
  });

  it('nests block quotes', () => {
    const out = md('<blockquote><p>Outer</p><blockquote><p>Inner</p></blockquote><p>Outer again</p></blockquote>');
    expect(out).toBe('> Outer\n> \n> > Inner\n> \n> Outer again');
  });

  it('escapes Markdown in plain text so it reads as written', () => {
    expect(md('<p>*not bold* and 1. not a list</p>')).toBe('\\*not bold\\* and 1. not a list');
  });
});

describe('Markdown copy', () => {
  it('starts with front matter that parses as YAML with every field, escaped', () => {
    const out = toMarkdown(win, article('<p>Hello</p>', { title: 'Title: "quoted" #1', byline: null }), ANALYSIS, { savedAt: SAVED });
    const match = /^---\n([\s\S]*?)\n---\n/.exec(out);
    expect(match).not.toBeNull();
    expect(load(match![1]!)).toEqual({
      title: 'Title: "quoted" #1',
      author: null,
      site: 'Example News',
      published: '2025-10-21',
      url: 'https://news.example/story',
      saved: SAVED,
      people: [
        { name: 'Ahmed al-Sharaa', role: 'Syrian President' },
        { name: 'Umm Muhammad', role: null },
      ],
      quotes: [
        { text: 'We said "no" — and\nmeant it: #1 \\ done', speaker: 'Umm Muhammad' },
        { text: 'unattributed words', speaker: null },
        { text: 'deeply rooted friendship.', speaker: 'Vladimir Putin' },
      ],
    });
    expect(out).toContain('\n# Title: "quoted" \\#1\n\nHello\n');
  });

  it('writes empty lists when there are no quotes or people', () => {
    const out = toMarkdown(win, article('<p>Hi</p>'), NO_ANALYSIS, { savedAt: SAVED });
    expect(load(/^---\n([\s\S]*?)\n---\n/.exec(out)![1]!)).toMatchObject({ people: [], quotes: [] });
  });
});
