/**
 * `verbatim analyze`: quotes and people for plain text, one text from a file or stdin, or many
 * as JSON Lines (`{"id","text"}` in, `{"id","quotes","people"}` out, in order) in one process.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyze } from '../core/nlp/index';
import { InputError } from './load';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function readText(source: string): Promise<string> {
  if (source === '-') return readStdin();
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${source}: no such file` : `${source}: cannot read (${code ?? String(error)})`);
  }
}

/** Resolves once everything written to stdout so far is flushed (the CLI exits right after). */
function flushed(): Promise<void> {
  return new Promise((done) => process.stdout.write('', () => done()));
}

async function jsonLines(): Promise<number> {
  let failed = 0;
  let line = 0;
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of input) {
    line++;
    if (!raw.trim()) continue;
    let id: unknown = null;
    try {
      const record = JSON.parse(raw) as { id?: unknown; text?: unknown; byline?: unknown };
      id = record.id ?? null;
      if (typeof record.text !== 'string') throw new Error('no "text" string');
      const byline = typeof record.byline === 'string' ? record.byline : null;
      process.stdout.write(JSON.stringify({ id, ...analyze(record.text, { byline }) }) + '\n');
    } catch (error) {
      failed++;
      process.stdout.write(JSON.stringify({ id, error: `line ${line}: ${error instanceof Error ? error.message : String(error)}` }) + '\n');
    }
  }
  await flushed();
  return failed > 0 ? 1 : 0;
}

export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { jsonl: { type: 'boolean', default: false }, byline: { type: 'string' } },
  });
  if (values.jsonl) {
    if (positionals.length) throw new InputError('--jsonl reads standard input only');
    return jsonLines();
  }
  if (positionals.length > 1) throw new InputError('analyze takes one file (or - for standard input)');
  const text = await readText(positionals[0] ?? '-');
  process.stdout.write(JSON.stringify(analyze(text, { byline: values.byline ?? null }), null, 2) + '\n');
  await flushed();
  return 0;
}
