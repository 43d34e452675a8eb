/**
 * `verbatim extract`: files, URLs, or JSON Lines on stdin, through the same
 * src/core pipeline as the extension. Results are written as they are made.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../core/extract/extract';
import { analyze } from '../core/nlp/index';
import type { SaveFormat } from '../core/serialize/index';
import { checkFormat, writeCopies } from './copy';
import { checkHtml, fetchHtml, InputError, readHtmlFile } from './load';
import { createPageParser, type PageParser } from './pages';

export const EXTRACT_USAGE = `verbatim extract <file.html|url>... [--url <page-url>] [--force] [-o <path>]
      The cleaned article as JSON; several inputs: JSON Lines, one object each with "source".
  verbatim extract <file.html|url>... --format html|md|txt [-o <file|folder>]
      Write a clean copy: self-contained HTML, Markdown with front matter, or plain text
      (several inputs: -o names a folder, each file is named from its title).
  verbatim extract --jsonl [-o <path>] [--force]
      Read JSON Lines on stdin ({"id", "file"} or {"id", "html"}, optional "url");
      write one object per line, in order, with that "id".`;

interface Output {
  write(text: string): void;
  close(): Promise<void>;
}

async function openOutput(path: string | undefined): Promise<Output> {
  if (!path) return { write: (text) => void process.stdout.write(text), close: async () => {} };
  await mkdir(dirname(resolve(path)), { recursive: true });
  const stream = createWriteStream(path);
  return {
    write: (text) => void stream.write(text),
    close: () => new Promise((done, fail) => stream.end((error?: Error | null) => (error ? fail(error) : done()))),
  };
}

const isUrl = (source: string) => /^https?:\/\//i.test(source);

async function loadSource(source: string): Promise<{ html: string; url: string }> {
  if (isUrl(source)) return { html: await fetchHtml(source), url: source };
  return { html: await readHtmlFile(source), url: pathToFileURL(resolve(source)).href };
}

/** The article and what the NLP finds in it (quotes, people): one JSON record. */
function extractRecord(parser: PageParser, html: string, url: string | null, source: string, force: boolean): Record<string, unknown> {
  const doc = parser.parse(html, url, source);
  const article = extractArticle(doc, { url: url ?? undefined, force, window: parser.window });
  return { ...article, ...analyze(article.text, { byline: article.byline, lang: article.lang }) };
}

/** One input: a readable object. Batches: JSON Lines, one object per line. */
const json = (record: Record<string, unknown>, batch: boolean) => (batch ? JSON.stringify(record) : JSON.stringify(record, null, 2));

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One stdin line → one output record, never throwing: a bad line becomes that line's `error`. */
async function jsonlRecord(parser: PageParser, line: string, lineNumber: number, force: boolean): Promise<Record<string, unknown>> {
  let request: { id?: unknown; file?: unknown; html?: unknown; url?: unknown };
  try {
    request = JSON.parse(line);
  } catch {
    return { id: null, error: `stdin line ${lineNumber}: not a JSON object` };
  }
  const id = request?.id ?? null;
  try {
    if (typeof request !== 'object' || request === null) throw new InputError(`stdin line ${lineNumber}: not a JSON object`);
    const pageUrl = typeof request.url === 'string' ? request.url : null;
    if (typeof request.html === 'string') {
      const source = `stdin line ${lineNumber}${id !== null ? ` (id ${JSON.stringify(id)})` : ''}`;
      checkHtml(source, request.html);
      return { id, ...extractRecord(parser, request.html, pageUrl, source, force) };
    }
    if (typeof request.file === 'string') {
      const html = await readHtmlFile(request.file);
      return { id, ...extractRecord(parser, html, pageUrl ?? pathToFileURL(resolve(request.file)).href, request.file, force) };
    }
    throw new InputError(`stdin line ${lineNumber}: needs "file" or "html"`);
  } catch (error) {
    return { id, error: message(error) };
  }
}

async function runJsonl(parser: PageParser, output: Output, force: boolean): Promise<number> {
  let failed = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    const record = await jsonlRecord(parser, line, lineNumber, force);
    if ('error' in record) failed++;
    output.write(json(record, true) + '\n');
  }
  return failed > 0 ? 1 : 0;
}

export async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      force: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      format: { type: 'string', default: 'json' },
      jsonl: { type: 'boolean', default: false },
    },
  });
  try {
    checkFormat(values.format);
  } catch (error) {
    throw new InputError(message(error));
  }
  if (values.jsonl && positionals.length > 0) throw new InputError('--jsonl reads its pages from stdin: give no files or URLs with it');
  if (values.jsonl && values.format !== 'json') throw new InputError('--jsonl writes JSON Lines: --format html|md|txt is for files and URLs');
  if (!values.jsonl && positionals.length === 0) throw new InputError('extract needs at least one file or URL (see verbatim --help)');
  const parser = createPageParser();
  const extractSource = async (source: string) => {
    const { html, url } = await loadSource(source);
    return extractRecord(parser, html, values.url ?? url, source, values.force);
  };
  if (values.format !== 'json') return writeCopies(positionals, { format: values.format as SaveFormat, output: values.output }, extractSource);
  if (values.jsonl) {
    const output = await openOutput(values.output);
    const code = await runJsonl(parser, output, values.force);
    await output.close();
    return code;
  }
  const batch = positionals.length > 1;
  // A single input fails loudly (one-line error, nothing written); in a batch its error is its record.
  if (!batch) {
    const record = await extractSource(positionals[0]!);
    const output = await openOutput(values.output);
    output.write(json(record, batch) + '\n');
    await output.close();
    return 0;
  }
  const output = await openOutput(values.output);
  let failed = 0;
  for (const source of positionals) {
    let record: Record<string, unknown>;
    try {
      record = { source, ...(await extractSource(source)) };
    } catch (error) {
      failed++;
      record = { source, error: message(error) };
    }
    output.write(json(record, batch) + '\n');
  }
  await output.close();
  return failed > 0 ? 1 : 0;
}
