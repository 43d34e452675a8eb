import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sanitizeHtml } from '../sanitize';
import { serialize } from '../serialize/index';
import type { DomWindow } from '../serialize/window';
import type { Analysis } from '../types';
import { contentHash, toArticle, type LibraryRecord } from './record';

/**
 * Export and import of the whole library. JSON Lines is the complete, lossless
 * form (one record a line); the zip adds each article as HTML and Markdown for
 * people and other tools, with the same JSON Lines inside so it imports too.
 * An imported file is untrusted: its markup is sanitized again and its ids
 * are recomputed from the content, never taken from the file.
 */

export const JSONL_NAME = 'verbatim-library.jsonl';

export function toJsonLines(records: readonly LibraryRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
}

export function toZip(win: DomWindow, records: readonly LibraryRecord[]): Uint8Array {
  const files: Record<string, Uint8Array> = { [JSONL_NAME]: strToU8(toJsonLines(records)) };
  const taken = new Set<string>();
  const unique = (name: string) => {
    const dot = name.lastIndexOf('.');
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
  for (const record of records) {
    for (const format of ['html', 'md'] as const) {
      const copy = serialize(format, win, toArticle(record), record.analysis, { savedAt: record.savedAt });
      files[`${format === 'html' ? 'html' : 'markdown'}/${unique(copy.name)}`] = strToU8(copy.content);
    }
  }
  return zipSync(files, { level: 6 });
}

export class ImportError extends Error {}

const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

function isAnalysis(v: unknown): v is Analysis {
  const a = v as Analysis;
  return !!a && Array.isArray(a.quotes) && Array.isArray(a.people);
}

async function parseRecord(win: DomWindow, line: string, number: number): Promise<LibraryRecord> {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new ImportError(`line ${number} is not JSON`);
  }
  const ok =
    raw && typeof raw === 'object' &&
    str(raw.title) && str(raw.html) && str(raw.text) && str(raw.savedAt) &&
    strOrNull(raw.byline) && strOrNull(raw.siteName) && strOrNull(raw.published) && strOrNull(raw.url) &&
    strOrNull(raw.lang) && strOrNull(raw.excerpt) && (raw.dir === null || raw.dir === 'ltr' || raw.dir === 'rtl') &&
    typeof raw.wordCount === 'number' && typeof raw.readingMinutes === 'number' && isAnalysis(raw.analysis);
  if (!ok) throw new ImportError(`line ${number} is not a Verbatim library article`);
  const base = {
    title: raw.title as string,
    byline: raw.byline as string | null,
    siteName: raw.siteName as string | null,
    published: raw.published as string | null,
    url: raw.url as string | null,
    lang: raw.lang as string | null,
    dir: raw.dir as 'ltr' | 'rtl' | null,
    excerpt: raw.excerpt as string | null,
    wordCount: raw.wordCount as number,
    readingMinutes: raw.readingMinutes as number,
    savedAt: raw.savedAt as string,
    html: sanitizeHtml(win, raw.html as string),
    text: raw.text as string,
    analysis: raw.analysis as Analysis,
  };
  return { id: await contentHash(base), ...base };
}

/** Records from a JSON Lines export, or from the JSON Lines inside an exported zip. */
export async function parseExport(win: DomWindow, bytes: Uint8Array): Promise<LibraryRecord[]> {
  let text: string;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    let inner: Uint8Array | undefined;
    try {
      inner = unzipSync(bytes, { filter: (file) => file.name === JSONL_NAME })[JSONL_NAME];
    } catch {
      throw new ImportError('the zip file is damaged');
    }
    if (!inner) throw new ImportError(`the zip has no ${JSONL_NAME}: it is not a Verbatim library export`);
    text = strFromU8(inner);
  } else {
    text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }
  const records: LibraryRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim()) records.push(await parseRecord(win, lines[i]!, i + 1));
  }
  return records;
}
