import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = resolve(import.meta.dirname, '../../src/cli/verbatim.ts');
const SEED = resolve(import.meta.dirname, '../fixtures/srn-al-sharaa-moscow/source.html');

async function verbatim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('verbatim extract', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-'));
    await writeFile(join(dir, 'empty.html'), '');
    await writeFile(join(dir, 'notes.txt'), 'Just some words, no markup at all.\nA second line.\n');
    await writeFile(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  });

  it('prints the article as JSON', async () => {
    const { code, stdout } = await verbatim('extract', SEED, '--url', 'https://srnnews.com/story/');
    expect(code).toBe(0);
    const article = JSON.parse(stdout);
    expect(article.title).toContain('For Syrians, Bloody Memories Loom');
    expect(article.byline).toBe('Rizik Alabi');
    expect(article.text).toContain('Syrian President Ahmed al-Sharaa met Russian President Vladimir Putin');
    expect(article.html).toContain('<p>');
    expect(article.url).toBe('https://srnnews.com/story/');
  });

  it.each([
    ['a missing file', 'missing.html', /missing\.html: no such file/],
    ['an empty file', 'empty.html', /empty\.html: the file is empty/],
    ['a text file', 'notes.txt', /notes\.txt: not an HTML page/],
    ['a binary file', 'image.png', /image\.png: not an HTML page/],
  ])('rejects %s with a one-line error naming it', async (_what, name, message) => {
    const { code, stdout, stderr } = await verbatim('extract', join(dir, name));
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

describe('verbatim extract --format', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-copy-'));
  });

  it('writes Markdown with front matter, quotes and people', async () => {
    const out = join(dir, 'seed.md');
    const { code } = await verbatim('extract', SEED, '--url', 'https://srnnews.com/story/', '--format', 'md', '-o', out);
    expect(code).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md).toMatch(/^---\ntitle: ".*For Syrians, Bloody Memories Loom/);
    expect(md).toContain('url: "https://srnnews.com/story/"');
    expect(md).toContain('  - name: "Vladimir Putin"\n    role: "Russian President"');
    expect(md).toContain('speaker: "Umm Muhammad"');
    expect(md).toContain('Syrian President Ahmed al-Sharaa met Russian President Vladimir Putin');
  });

  it('writes self-contained HTML with no script, and text', async () => {
    const html = await verbatim('extract', SEED, '--url', 'https://srnnews.com/story/', '--format', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('http-equiv="Content-Security-Policy"');
    expect(html.stdout).not.toMatch(/<script/i);
    expect(html.stdout).toContain('<h2>Quotes</h2>');
    const txt = await verbatim('extract', SEED, '--format', 'txt');
    expect(txt.code).toBe(0);
    expect(txt.stdout).toContain('PEOPLE');
    expect(txt.stdout).not.toContain('<p>');
  });

  it('names one file per input from its title when -o is a folder, and needs it', async () => {
    const folder = join(dir, 'copies');
    const { code } = await verbatim('extract', SEED, SEED, '--format', 'txt', '-o', folder);
    expect(code).toBe(0);
    expect((await readdir(folder)).filter((f) => f.endsWith('.txt')).length).toBe(1);
    const missing = await verbatim('extract', SEED, SEED, '--format', 'txt');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/need -o <folder>/);
  });

  it('rejects an unknown format in one line', async () => {
    const { code, stderr } = await verbatim('extract', SEED, '--format', 'pdf');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('verbatim: unknown format "pdf" (use json, html, md, txt)');
  });
});
