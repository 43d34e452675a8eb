import browser from './browser';

/**
 * Settings that follow the user between browsers signed in to the same
 * account (storage.sync). Values are plain JSON; callers validate what they read.
 */
export async function readSynced(key: string): Promise<unknown> {
  const values = await browser.storage.sync.get(key);
  return values[key];
}

export async function writeSynced(key: string, value: unknown): Promise<void> {
  await browser.storage.sync.set({ [key]: value });
}

/** Call `listener` when another context (another open reader) changes `key`. */
export function onSyncedChange(key: string, listener: (value: unknown) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && key in changes) listener(changes[key]?.newValue);
  });
}
