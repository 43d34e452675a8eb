/**
 * The library in IndexedDB, in the extension's own origin. Two stores written
 * together: `entries` (what the list and search need) and `bodies` (the
 * sanitized markup and the analysis). Every write is one transaction over
 * both, so a save that fails — storage full, page closed — leaves nothing.
 */
import type { LibraryEntry, LibraryRecord } from '../core/library/record';
import { splitRecord } from '../core/library/record';

const NAME = 'verbatim-library';
const VERSION = 1;

type Body = ReturnType<typeof splitRecord>['body'];

/** The browser has no more room for the library. */
export class LibraryFullError extends Error {
  constructor() {
    super('Your Verbatim library is full: the browser has no more room for it. Nothing was half-saved. Export the library, delete articles you no longer need, then save again.');
    this.name = 'LibraryFullError';
  }
}

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  // Firefox grants unlimitedStorage extensions persistent storage without a prompt, but only
  // on request; persisted storage is never evicted under disk pressure.
  if (!opening) void navigator.storage?.persist?.().catch(() => false);
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      const entries = db.createObjectStore('entries', { keyPath: 'id' });
      entries.createIndex('savedAt', 'savedAt');
      db.createObjectStore('bodies', { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('cannot open the library'));
    };
  });
  return opening;
}

function failure(error: DOMException | null): Error {
  if (error?.name === 'QuotaExceededError') return new LibraryFullError();
  return error ?? new Error('the library write was aborted');
}

/** Run `work` in one transaction; resolves when it commits, rejects (with nothing written) when it aborts. */
async function transact<T>(mode: IDBTransactionMode, work: (entries: IDBObjectStore, bodies: IDBObjectStore) => T): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(['entries', 'bodies'], mode);
    let result: T;
    tx.oncomplete = () => resolve(result);
    // A failed request aborts the whole transaction (never preventDefault its error event:
    // that would commit the other writes and leave half an article).
    tx.onabort = () => reject(failure(tx.error));
    try {
      result = work(tx.objectStore('entries'), tx.objectStore('bodies'));
    } catch (error) {
      tx.abort();
      reject(error instanceof DOMException ? failure(error) : error);
    }
  });
}

function requestValue<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Store records, each whole or not at all; all in one transaction. Returns how many were new. */
export async function putRecords(records: readonly LibraryRecord[]): Promise<number> {
  const db = await open();
  const known = new Set(await requestValue(db.transaction('entries').objectStore('entries').getAllKeys()));
  const fresh = records.filter((r) => !known.has(r.id) && known.add(r.id));
  if (fresh.length === 0) return 0;
  await transact('readwrite', (entries, bodies) => {
    for (const record of fresh) {
      const { entry, body } = splitRecord(record);
      entries.put(entry);
      bodies.put(body);
    }
  });
  return fresh.length;
}

/** Save one article (saving it again replaces it: same content, same id). */
export function putRecord(record: LibraryRecord): Promise<void> {
  const { entry, body } = splitRecord(record);
  return transact('readwrite', (entries, bodies) => {
    entries.put(entry);
    bodies.put(body);
  });
}

/** Newest first. */
export async function listEntries(): Promise<LibraryEntry[]> {
  const db = await open();
  const all = await requestValue(db.transaction('entries').objectStore('entries').index('savedAt').getAll());
  return (all as LibraryEntry[]).reverse();
}

export async function getRecord(id: string): Promise<LibraryRecord | null> {
  const db = await open();
  const tx = db.transaction(['entries', 'bodies']);
  const [entry, body] = await Promise.all([
    requestValue(tx.objectStore('entries').get(id)) as Promise<LibraryEntry | undefined>,
    requestValue(tx.objectStore('bodies').get(id)) as Promise<Body | undefined>,
  ]);
  return entry && body ? { ...entry, html: body.html, analysis: body.analysis } : null;
}

/** Every record, newest first (for export). */
export async function allRecords(): Promise<LibraryRecord[]> {
  const db = await open();
  const tx = db.transaction(['entries', 'bodies']);
  const [entries, bodies] = await Promise.all([
    requestValue(tx.objectStore('entries').index('savedAt').getAll()) as Promise<LibraryEntry[]>,
    requestValue(tx.objectStore('bodies').getAll()) as Promise<Body[]>,
  ]);
  const byId = new Map(bodies.map((b) => [b.id, b]));
  return entries
    .reverse()
    .flatMap((e) => {
      const body = byId.get(e.id);
      return body ? [{ ...e, html: body.html, analysis: body.analysis }] : [];
    });
}

/** Remove an article; returns it whole so it can be put back (undo). */
export async function deleteRecord(id: string): Promise<LibraryRecord | null> {
  const record = await getRecord(id);
  if (!record) return null;
  await transact('readwrite', (entries, bodies) => {
    entries.delete(id);
    bodies.delete(id);
  });
  return record;
}
