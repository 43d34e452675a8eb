import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';

/** A user-facing error: the CLI prints its message as the one line it says. */
export class InputError extends Error {}

// The WHATWG Encoding standard maps all of these labels to windows-1252.
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'us-ascii', 'ascii', 'ansi_x3.4-1968']);
// Bytes 0x80–0x9F in windows-1252 (0 where the byte is unassigned and maps to the C1 control of the same number).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Node's TextDecoder decodes "windows-1252" as ISO-8859-1 (0x92 → U+0092, not ’), so map the 0x80–0x9F range here. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] || byte : byte)));
  }
  return text;
}

/** Decode page bytes by BOM, then `<meta charset>`, then UTF-8 (the web's defaults). */
export function decodeHtml(bytes: Uint8Array, declared?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = (declared ?? /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? 'utf-8').toLowerCase();
  if (WINDOWS_1252_LABELS.has(charset)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Reject what is clearly not an HTML page, naming the input. */
export function checkHtml(source: string, html: string): void {
  if (!html.trim()) throw new InputError(`${source}: the file is empty`);
  if (html.includes('\u0000')) throw new InputError(`${source}: not an HTML page (binary data)`);
  if (!/<(?:!doctype\s+html|html|head|body|p|div|article|main|h[1-6]|title|section|span)[\s>]/i.test(html.slice(0, 65536))) {
    throw new InputError(`${source}: not an HTML page (no HTML markup found)`);
  }
}

export async function readHtmlFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory, not an HTML file`);
    throw new InputError(`${path}: cannot read (${code ?? String(error)})`);
  }
  const html = decodeHtml(bytes);
  checkHtml(path, html);
  return html;
}

export async function fetchHtml(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new InputError(`${url}: unreachable (${cause ?? (error as Error).message})`);
  }
  if (!response.ok) throw new InputError(`${url}: the server answered ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type)) throw new InputError(`${url}: not an HTML page (${type})`);
  const declared = /charset=([\w-]+)/i.exec(type)?.[1] ?? null;
  const html = decodeHtml(new Uint8Array(await response.arrayBuffer()), declared);
  checkHtml(url, html);
  return html;
}

/** A jsdom document that runs no script and loads nothing. */
export function parseDocument(html: string, url: string): Document {
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return dom.window.document;
}
