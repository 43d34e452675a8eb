import { describe, expect, it } from 'vitest';
import { fileNameFor, MAX_FILE_NAME_BYTES } from '../../src/core/serialize/filename';

const bytes = (s: string) => new TextEncoder().encode(s).length;
/** What Windows, macOS and Linux all accept, and Chrome's downloads API does not rewrite. */
function assertPortable(name: string): void {
  // eslint-disable-next-line no-control-regex
  expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f]/);
  expect(name).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
  expect(name).not.toMatch(/^[\s.~-]/);
  expect(name.replace(/\.[a-z]+$/, '')).not.toMatch(/[\s.]$/);
  expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  expect(name.normalize('NFC')).toBe(name);
  expect(name).not.toMatch(/\uFFFD/);
}

describe('fileNameFor', () => {
  it('keeps an ordinary title readable', () => {
    expect(fileNameFor('For Syrians, Bloody Memories Loom', 'html')).toBe('For Syrians, Bloody Memories Loom.html');
  });

  it('replaces characters Windows forbids and collapses the gaps', () => {
    const name = fileNameFor('What is "AI"? A/B tests: <part 1> | the *real* story\\', 'md');
    expect(name).toBe('What is AI A B tests part 1 the real story.md');
    assertPortable(name);
  });

  it('drops control characters and line breaks', () => {
    const name = fileNameFor('Line one\nLine\ttwo\u0000\u0007', 'txt');
    expect(name).toBe('Line one Line two.txt');
  });

  it('removes trailing dots and spaces, and leading dots (hidden files)', () => {
    expect(fileNameFor('...Wait for it...  ', 'txt')).toBe('Wait for it.txt');
    expect(fileNameFor('.bashrc', 'txt')).toBe('bashrc.txt');
  });

  it('never produces a Windows device name, whatever follows the dot', () => {
    for (const title of ['CON', 'con', 'Nul', 'COM1', 'lpt9', 'aux.tar', 'PRN ']) {
      const name = fileNameFor(title, 'html');
      expect(name.split('.')[0]!.trim()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      assertPortable(name);
    }
    expect(fileNameFor('Console wars', 'html')).toBe('Console wars.html');
  });

  it('names an empty or all-unsafe title "article"', () => {
    expect(fileNameFor('', 'html')).toBe('article.html');
    expect(fileNameFor('   ', 'md')).toBe('article.md');
    expect(fileNameFor('???***', 'txt')).toBe('article.txt');
    expect(fileNameFor('\u202e\u200f', 'txt')).toBe('article.txt');
  });

  it('cuts very long titles by bytes, never inside a character', () => {
    const latin = fileNameFor('a'.repeat(400), 'html');
    expect(bytes(latin)).toBe(MAX_FILE_NAME_BYTES);
    expect(latin.endsWith('.html')).toBe(true);
    // 3-byte characters: the cut lands on a character boundary.
    const cjk = fileNameFor('漢字'.repeat(100), 'md');
    assertPortable(cjk);
    expect(cjk.endsWith('.md')).toBe(true);
    expect(bytes(cjk)).toBeGreaterThan(MAX_FILE_NAME_BYTES - 6);
    // An emoji made of several code points is kept whole or dropped whole.
    const family = '👨‍👩‍👧';
    const emoji = fileNameFor(family.repeat(40), 'txt');
    assertPortable(emoji);
    expect(emoji.replace('.txt', '').split(family).join('')).toBe('');
  });

  it('keeps right-to-left titles and strips bidi controls that could disguise the extension', () => {
    const arabic = 'الشرع يلتقي بوتين في موسكو';
    expect(fileNameFor(arabic, 'html')).toBe(`${arabic}.html`);
    const hebrew = fileNameFor('חדשות: "היום"', 'md');
    expect(hebrew).toBe('חדשות היום.md');
    const spoof = fileNameFor('invoice\u202Efdp.exe', 'html');
    expect(spoof).toBe('invoicefdp.exe.html');
    assertPortable(spoof);
    // Persian needs the zero-width non-joiner: kept.
    expect(fileNameFor('می‌خواهم', 'txt')).toBe('می‌خواهم.txt');
    // A long right-to-left title is cut by bytes (Arabic letters are 2 bytes each).
    const long = fileNameFor(arabic.repeat(10), 'html');
    assertPortable(long);
    expect(long.startsWith('الشرع')).toBe(true);
  });

  it('normalizes to NFC so the same title gives the same name on macOS and elsewhere', () => {
    expect(fileNameFor('Cafe\u0301', 'txt')).toBe('Café.txt');
  });
});
