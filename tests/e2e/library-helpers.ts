/** What the library tests need beyond the harness: downloads on disk and the library's IndexedDB as stored. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestPage } from './harness';

/** Wait for a finished download in `dir` whose name ends with `suffix` and is not in `seen`; returns its path. */
export async function waitForDownload(dir: string, suffix: string, seen: Set<string>, timeoutMs = 30_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let lastSize = -1;
  while (Date.now() < end) {
    const names = (await readdir(dir)).filter((n) => n.endsWith(suffix) && !seen.has(n));
    if (names.length > 0) {
      const path = join(dir, names[0]!);
      const size = (await stat(path)).size;
      // Both browsers write to a temporary name and rename when done; a stable size confirms it.
      if (size > 0 && size === lastSize) {
        seen.add(names[0]!);
        return path;
      }
      lastSize = size;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no ${suffix} download in ${dir} after ${timeoutMs} ms (have: ${(await readdir(dir)).join(', ')})`);
}

export const readText = (path: string) => readFile(path, 'utf8');

export interface StoredRecord {
  id: string;
  title: string;
  savedAt: string;
  html: string;
  text: string;
  [key: string]: unknown;
}

/**
 * Read both stores straight from IndexedDB, as they are on disk, joined by id (an entry without
 * its body shows without html). It crosses to the test as JSON text: WebDriver BiDi sends an
 * object met twice (two quotes sharing one speakerMention) as a reference puppeteer reads as null.
 */
export async function readLibrary(page: TestPage): Promise<{ entries: number; bodies: number; records: StoredRecord[] }> {
  return JSON.parse(await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('verbatim-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [entries, bodies] = [await all('entries'), await all('bodies')];
    db.close();
    const byId = new Map(bodies.map((b) => [b.id, b]));
    const records = entries.map((e) => ({ ...e, html: byId.get(e.id)?.html, analysis: byId.get(e.id)?.analysis }));
    return JSON.stringify({ entries: entries.length, bodies: bodies.length, records });
  }));
}

/** Choose a file in an <input type=file> the way a user's pick arrives (a change event with the file). */
export function chooseFile(page: TestPage, selector: string, name: string, content: string): Promise<void> {
  return page.evaluateWith(
    ({ selector, name, content }) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, name, content },
  );
}

export function typeInto(page: TestPage, selector: string, value: string): Promise<void> {
  return page.evaluateWith(
    ({ selector, value }) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { selector, value },
  );
}

export async function waitForText(page: TestPage, selector: string, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < end) {
    last = await page.text(selector).catch(() => '');
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${selector} never matched ${pattern} (last: "${last}")`);
}
