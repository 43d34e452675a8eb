import { execFile, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const CLI = resolve(import.meta.dirname, '../../src/cli/verbatim.ts');
const SEED = resolve(import.meta.dirname, '../fixtures/srn-al-sharaa-moscow/source.html');

/** Run the CLI with `input` on standard input. */
function verbatim(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const TEXT = '“We open on Friday,” said Aylin Demir, the owner.\n\nDemir added that the bakery was “almost ready.”';

describe('verbatim analyze', { timeout: 60_000 }, () => {
  it('prints quotes and people for a text file, with offsets into it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'verbatim-analyze-'));
    await writeFile(join(dir, 'story.txt'), TEXT);
    const { code, stdout } = await verbatim(['analyze', join(dir, 'story.txt')]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['quotes', 'people']);
    expect(out.quotes.map((q: { speaker: string }) => q.speaker)).toEqual(['Aylin Demir', 'Aylin Demir']);
    expect(TEXT.slice(out.quotes[0].start, out.quotes[0].end)).toBe('We open on Friday,');
    expect(out.people).toEqual([expect.objectContaining({ name: 'Aylin Demir', role: 'the owner', quotes: [0, 1] })]);
  });

  it('reads standard input with "-"', async () => {
    const { code, stdout } = await verbatim(['analyze', '-'], TEXT);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).quotes).toHaveLength(2);
  });

  it('answers JSON Lines in order, one line per input, and reports a bad line without stopping', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: TEXT }),
      'not json',
      JSON.stringify({ id: 7, text: 'No quotes here, said nobody.' }),
    ].join('\n');
    const { code, stdout } = await verbatim(['analyze', '--jsonl'], input);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7]);
    expect(lines[0].quotes).toHaveLength(2);
    expect(lines[1].error).toMatch(/line 2/);
    expect(lines[2]).toEqual({ id: 7, quotes: [], people: [] });
  });

  it('runs thousands of texts in one process', async () => {
    const input = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: TEXT })).join('\n');
    const { code, stdout } = await verbatim(['analyze', '--jsonl'], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2000);
    expect(JSON.parse(lines[1999]!).id).toBe(1999);
  });
});

describe('verbatim extract', { timeout: 60_000 }, () => {
  it('includes the quotes and people of the article', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI, 'extract', SEED, '--url', 'https://srnnews.com/story/'], { maxBuffer: 1 << 26 });
    const article = JSON.parse(stdout);
    expect(article.quotes.length).toBeGreaterThan(5);
    expect(article.people).toContainEqual(expect.objectContaining({ name: 'Rizik Alabi', role: 'author' }));
    expect(article.people).toContainEqual(expect.objectContaining({ name: 'Vladimir Putin', role: 'Russian President' }));
  });
});
