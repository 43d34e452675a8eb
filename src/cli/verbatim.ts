/**
 * The `verbatim` command line: the same src/core pipeline as the extension,
 * in Node with jsdom.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../core/extract/extract';
import { checkFormat, writeCopies } from './copy';
import { analyze } from '../core/nlp/index';
import { analyzeCommand } from './analyze';
import { fetchHtml, InputError, parseDocument, readHtmlFile } from './load';
import type { SaveFormat } from '../core/serialize/index';

const USAGE = `Usage:
  verbatim extract <file.html|url>... [--url <page-url>] [--force] [-o <path>]
      Print the cleaned article as JSON (several inputs: JSON Lines, one object each).
  verbatim extract <file.html|url>... --format html|md|txt [-o <file|folder>]
      Write a clean copy: self-contained HTML, Markdown with front matter, or plain text
      (several inputs: -o names a folder, each file is named from its title).
  verbatim analyze [<file.txt>|-] [--byline <names>]
      Print the direct quotes (with speakers) and the people named in plain text as JSON.
  verbatim analyze --jsonl
      Read {"id","text"} JSON Lines on standard input, write {"id","quotes","people"} per line, in order.
  verbatim --help`;

async function extractOne(source: string, pageUrl: string | undefined, force: boolean): Promise<Record<string, unknown>> {
  const isUrl = /^https?:\/\//i.test(source);
  const html = isUrl ? await fetchHtml(source) : await readHtmlFile(source);
  const url = pageUrl ?? (isUrl ? source : pathToFileURL(resolve(source)).href);
  const doc = parseDocument(html, url);
  if (!doc.body || !doc.body.textContent?.trim()) throw new InputError(`${source}: the page has no body text`);
  const article = extractArticle(doc, { url, force });
  return { ...article, ...analyze(article.text, { byline: article.byline, lang: article.lang }) };
}

async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: 'string' }, force: { type: 'boolean', default: false }, output: { type: 'string', short: 'o' }, format: { type: 'string', default: 'json' } },
  });
  if (positionals.length === 0) throw new InputError('extract needs at least one file or URL (see verbatim --help)');
  checkFormat(values.format);
  if (values.format !== 'json') {
    return writeCopies(positionals, { format: values.format as SaveFormat, output: values.output }, (source) => extractOne(source, values.url, values.force));
  }
  const lines: string[] = [];
  let failed = 0;
  for (const source of positionals) {
    try {
      const article = await extractOne(source, values.url, values.force);
      lines.push(JSON.stringify(positionals.length > 1 ? { source, ...article } : article, null, positionals.length > 1 ? undefined : 2));
    } catch (error) {
      if (positionals.length === 1) throw error;
      failed++;
      lines.push(JSON.stringify({ source, error: error instanceof Error ? error.message : String(error) }));
    }
  }
  const output = lines.join('\n') + '\n';
  if (values.output) {
    await mkdir(dirname(resolve(values.output)), { recursive: true });
    await writeFile(values.output, output);
  }
  else process.stdout.write(output);
  return failed > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === 'extract') return extract(rest);
  if (command === 'analyze') return analyzeCommand(rest);
  throw new InputError(`unknown command "${command}" (see verbatim --help)`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ? (error as Error).message
      : `unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
    process.stderr.write(`verbatim: ${message}\n`);
    process.exit(1);
  },
);
