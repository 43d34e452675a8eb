import { execFile, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = resolve(import.meta.dirname, '../../src/cli/verbatim.ts');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SEED = join(FIXTURES, 'srn-al-sharaa-moscow/source.html');

async function verbatim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Run the CLI with `input` on stdin. */
function verbatimStdin(input: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

const FIELDS = ['isArticle', 'reason', 'title', 'byline', 'siteName', 'published', 'lang', 'dir', 'url', 'excerpt', 'leadImage', 'html', 'text', 'wordCount', 'readingMinutes', 'next', 'previous', 'removed'];

// Each case starts Node with tsx: slow on a loaded machine.
describe('verbatim extract', { timeout: 60_000 }, () => {
  let dir: string;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-'));
    await writeFile(join(dir, 'empty.html'), '');
    await writeFile(join(dir, 'notes.txt'), 'Just some words, no markup at all.\nA second line.\n');
    await writeFile(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await writeFile(join(dir, 'nobody.html'), '<!DOCTYPE html><html><head><title>Only a title</title></head><body></body></html>');
    const story = '<p>The café’s espresso still costs €1.80 at the counter, and the terrace has been a meeting place for the printers of the neighbourhood since 1964.</p>';
    await writeFile(join(dir, 'bom.html'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<html><head><meta charset="windows-1252"></head><body>${story}</body></html>`)]));
    await writeFile(join(dir, 'latin.html'), Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body>${story.replace('’', "'").replace('€', 'EUR ')}</body></html>`, 'latin1'));
    server = createServer(async (request, response) => {
      if (request.url === '/story/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(await readFile(SEED));
      } else if (request.url === '/data.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{}');
      } else {
        response.writeHead(404, { 'content-type': 'text/html' });
        response.end('<p>missing</p>');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('prints the article as one JSON object with every field', async () => {
    const { code, stdout } = await verbatim('extract', SEED, '--url', 'https://srnnews.com/story/');
    expect(code).toBe(0);
    const article = JSON.parse(stdout);
    expect(Object.keys(article)).toEqual(expect.arrayContaining([...FIELDS, 'quotes', 'people']));
    expect(article.title).toContain('For Syrians, Bloody Memories Loom');
    expect(article.byline).toBe('Rizik Alabi');
    expect(article.published).toBe('2025-10-21T09:14:00-05:00');
    expect(article.siteName).toBe('Salem Radio Network News');
    expect(article.text).toContain('Syrian President Ahmed al-Sharaa met Russian President Vladimir Putin');
    expect(article.html).toContain('<p>');
    expect(article.url).toBe('https://srnnews.com/the-media-line-for-syrians-bloody-memories-loom-as-al-sharaa-courts-partnership-with-moscow/');
    // Relative links of the page resolve against --url.
    expect(article.previous).toMatch(/^https:\/\/srnnews\.com\//);
  });

  it('fetches a URL argument', async () => {
    const { code, stdout } = await verbatim('extract', `${origin}/story/`);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).byline).toBe('Rizik Alabi');
  });

  it('writes JSON Lines for several inputs, one per input in order, with the error of a bad one', async () => {
    const lazy = join(FIXTURES, 'lazy-images/source.html');
    const { code, stdout, stderr } = await verbatim('extract', SEED, join(dir, 'missing.html'), lazy);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.source)).toEqual([SEED, join(dir, 'missing.html'), lazy]);
    expect(lines[0].byline).toBe('Rizik Alabi');
    expect(lines[1]).toEqual({ source: join(dir, 'missing.html'), error: `${join(dir, 'missing.html')}: no such file` });
    expect(lines[2].title).toBe('Night ferry to Gull Island returns after eleven months');
  });

  it('writes to -o instead of stdout', async () => {
    const out = join(dir, 'out/article.json');
    const { code, stdout } = await verbatim('extract', SEED, '-o', out, '--format', 'json');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(await readFile(out, 'utf8')).byline).toBe('Rizik Alabi');
  });

  it('reads JSON Lines on stdin and answers each line in order with its id', async () => {
    const input = [
      JSON.stringify({ id: 'seed', file: SEED, url: 'https://srnnews.com/story/' }),
      'not json',
      JSON.stringify({ id: 7, html: '<html><body><main><h1>Sign in</h1><form><input type="password"></form></main></body></html>', url: 'https://x.test/login' }),
      '',
      JSON.stringify({ id: 'gone', file: join(dir, 'missing.html') }),
      JSON.stringify({ id: 'nothing' }),
      JSON.stringify({ id: 'video', file: join(FIXTURES, 'video-only/source.html') }),
    ].join('\n');
    const { code, stdout } = await verbatimStdin(input, 'extract', '--jsonl');
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['seed', null, 7, 'gone', 'nothing', 'video']);
    expect(lines[0].byline).toBe('Rizik Alabi');
    expect(lines[0].url).toMatch(/^https:\/\/srnnews\.com\//);
    expect(lines[1].error).toMatch(/line 2: not a JSON object/);
    expect(lines[2]).toMatchObject({ isArticle: false, reason: expect.stringMatching(/sign-in/), url: 'https://x.test/login' });
    expect(lines[3].error).toMatch(/missing\.html: no such file/);
    expect(lines[4].error).toMatch(/needs "file" or "html"/);
    expect(lines[5]).toMatchObject({ isArticle: false, reason: expect.stringMatching(/video/) });
  });

  it('handles many pages in one process', async () => {
    const input = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, file: SEED })).join('\n') + '\n';
    const { code, stdout } = await verbatimStdin(input, 'extract', '--jsonl');
    expect(code).toBe(0);
    const ids = stdout.trim().split('\n').map((line) => JSON.parse(line).id);
    expect(ids).toEqual(Array.from({ length: 40 }, (_, i) => i));
  }, 120_000);

  it('decodes local files by BOM and by <meta charset>', async () => {
    const bom = JSON.parse((await verbatim('extract', join(dir, 'bom.html'), '--force')).stdout);
    expect(bom.text).toContain('€1.80');
    const latin = JSON.parse((await verbatim('extract', join(dir, 'latin.html'), '--force')).stdout);
    expect(latin.text).toContain('café');
    const cp1252 = JSON.parse((await verbatim('extract', join(FIXTURES, 'windows-1252-charset/source.html'))).stdout);
    expect(cp1252.text).toContain('The café’s espresso still costs €1.80 at the counter — less than half the price');
  });

  it.each([
    ['a missing file', 'missing.html', /missing\.html: no such file/],
    ['an empty file', 'empty.html', /empty\.html: the file is empty/],
    ['a text file', 'notes.txt', /notes\.txt: not an HTML page/],
    ['a binary file', 'image.png', /image\.png: not an HTML page/],
    ['a page with no body', 'nobody.html', /nobody\.html: the page has no body text/],
  ])('rejects %s with a one-line error naming it', async (_what, name, message) => {
    const { code, stdout, stderr } = await verbatim('extract', join(dir, name));
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it.each([
    ['an unreachable URL', () => 'http://127.0.0.1:9/story', /127\.0\.0\.1:9\/story: unreachable/],
    ['a 404', () => `${origin}/nope`, /\/nope: the server answered 404/],
    ['a non-HTML answer', () => `${origin}/data.json`, /data\.json: not an HTML page \(application\/json\)/],
  ])('rejects %s with a one-line error naming it', async (_what, url, message) => {
    const { code, stderr } = await verbatim('extract', url());
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('rejects files, and formats other than json, given with --jsonl', async () => {
    expect((await verbatim('extract', '--jsonl', SEED)).stderr).toMatch(/--jsonl reads its pages from stdin/);
    expect((await verbatim('extract', '--jsonl', '--format', 'md')).stderr).toMatch(/--jsonl writes JSON Lines/);
  });

  it('lists its commands in --help', async () => {
    const { code, stdout } = await verbatim('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('verbatim extract <file.html|url>...');
    expect(stdout).toContain('verbatim extract --jsonl');
    expect(stdout).toContain('verbatim analyze --jsonl');
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
    // The page's canonical address, not the --url it was read under.
    expect(md).toContain('url: "https://srnnews.com/the-media-line-for-syrians-bloody-memories-loom-as-al-sharaa-courts-partnership-with-moscow/"');
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
