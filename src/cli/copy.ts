/**
 * `verbatim extract --format html|md|txt`: the extension's saved copies from
 * the command line, written by the same serializers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyze } from '../core/nlp/index';
import { embedImages, imageSources, type LoadedImage } from '../core/serialize/images';
import { isSaveFormat, serialize, SAVE_FORMATS, type SaveFormat, type SavedFile } from '../core/serialize/index';
import type { DomWindow } from '../core/serialize/window';
import type { Article } from '../core/types';
import { InputError } from './load';

export const COPY_FORMATS = ['json', ...SAVE_FORMATS] as const;

export function checkFormat(format: string): void {
  if (format !== 'json' && !isSaveFormat(format)) throw new InputError(`unknown format "${format}" (use ${COPY_FORMATS.join(', ')})`);
}

/**
 * A fetched page's images come from the web, like the page. A local page never
 * makes the CLI go online (and the sanitizer drops file: image sources), so
 * its images stay linked, with the note.
 */
async function fetchImage(src: string, maxBytes: number): Promise<LoadedImage | null> {
  const response = await fetch(src, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok || Number(response.headers.get('content-length') ?? 0) > maxBytes) return null;
  return { type: (response.headers.get('content-type') ?? '').split(';')[0]!.trim(), bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function copyOf(win: DomWindow, format: SaveFormat, article: Article, source: string): Promise<SavedFile> {
  const analysis = analyze(article.text, { byline: article.byline, lang: article.lang });
  const online = /^https?:\/\//i.test(source);
  const images = format === 'html' && online ? await embedImages(imageSources(win, article.html), fetchImage) : {};
  return serialize(format, win, article, analysis, { savedAt: new Date().toISOString(), images });
}

/**
 * One input: the copy goes to `-o <file>`, or to stdout. Several inputs need
 * `-o <folder>`; each copy is named from its title.
 */
export async function writeCopies(
  sources: string[],
  options: { format: SaveFormat; output?: string },
  extract: (source: string) => Promise<Record<string, unknown>>,
): Promise<number> {
  if (sources.length > 1 && !options.output) throw new InputError(`several inputs as ${options.format} need -o <folder> to write one file each`);
  const win = new JSDOM('<!doctype html><body></body>').window as unknown as DomWindow;
  let failed = 0;
  for (const source of sources) {
    try {
      const copy = await copyOf(win, options.format, (await extract(source)) as unknown as Article, source);
      if (!options.output) {
        process.stdout.write(copy.content);
        continue;
      }
      const path = sources.length > 1 ? join(options.output, copy.name) : options.output;
      await mkdir(dirname(resolve(path)), { recursive: true });
      await writeFile(path, copy.content);
    } catch (error) {
      if (sources.length === 1) throw error;
      failed++;
      process.stderr.write(`verbatim: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
