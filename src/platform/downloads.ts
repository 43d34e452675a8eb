/**
 * Saved copies go through the browser's downloads API, so they land where the
 * user keeps downloads and show in the browser's download list. By default the
 * browser asks where to save each one; the library page can turn that off.
 */
import { toDataUrl } from '../core/serialize/images';
import browser from './browser';

const ASK_KEY = 'saveAs';

export async function asksWhereToSave(): Promise<boolean> {
  const stored = await browser.storage.local.get(ASK_KEY);
  return stored[ASK_KEY] !== false;
}

export function setAskWhereToSave(ask: boolean): Promise<void> {
  return browser.storage.local.set({ [ASK_KEY]: ask });
}

/**
 * Firefox's background page has blob URLs; Chrome's service worker has none,
 * so it hands over a data URL.
 */
export async function downloadFile(file: { name: string; mime: string; content: string }): Promise<number> {
  const blobUrls = typeof URL.createObjectURL === 'function';
  const url = blobUrls
    ? URL.createObjectURL(new Blob([file.content], { type: file.mime }))
    : toDataUrl({ type: file.mime, bytes: new TextEncoder().encode(file.content) });
  try {
    const id = await browser.downloads.download({ url, filename: file.name, saveAs: await asksWhereToSave(), conflictAction: 'uniquify' });
    if (blobUrls) revokeWhenDone(id, url);
    return id;
  } catch (error) {
    if (blobUrls) URL.revokeObjectURL(url);
    throw error;
  }
}

function revokeWhenDone(id: number, url: string): void {
  const listener = (delta: { id: number; state?: { current?: string } }) => {
    if (delta.id !== id || !delta.state?.current || delta.state.current === 'in_progress') return;
    URL.revokeObjectURL(url);
    browser.downloads.onChanged.removeListener(listener);
  };
  browser.downloads.onChanged.addListener(listener);
}

/** From an extension page that stays open (the library): a blob of any type, e.g. an export zip. */
export async function downloadBlob(blob: Blob, name: string): Promise<number> {
  const url = URL.createObjectURL(blob);
  try {
    const id = await browser.downloads.download({ url, filename: name, saveAs: await asksWhereToSave(), conflictAction: 'uniquify' });
    revokeWhenDone(id, url);
    return id;
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}
