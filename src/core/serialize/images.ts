import type { DomWindow } from './window';
/**
 * Images for self-contained copies: which ones an article shows, and turning
 * fetched bytes into data URLs within a size budget. Fetching is the caller's
 * (the content script in the extension, fs/fetch in the CLI); whatever it
 * cannot load or what exceeds the budget stays linked, and the HTML copy says so.
 */

/** One image larger than this stays linked: a saved copy should stay easy to mail and open. */
export const MAX_IMAGE_BYTES = 3 * 1024 * 1024;
/** All embedded images of one copy together. */
export const MAX_TOTAL_IMAGE_BYTES = 15 * 1024 * 1024;

export interface LoadedImage {
  /** The MIME type the server sent, e.g. `image/png`. */
  type: string;
  bytes: Uint8Array;
}

/** src → data URL, for the images that were embedded. */
export type EmbeddedImages = Record<string, string>;

/** The distinct http(s) image sources of sanitized article markup, in order. */
export function imageSources(win: DomWindow, html: string): string[] {
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  const sources = new Set<string>();
  for (const img of Array.from(doc.querySelectorAll('img[src]'))) {
    const src = img.getAttribute('src')!;
    if (/^https?:\/\//i.test(src)) sources.add(src);
  }
  return [...sources];
}

export function toDataUrl(image: LoadedImage): string {
  let binary = '';
  // btoa takes a binary string; build it in chunks so large images do not overflow the call stack.
  for (let i = 0; i < image.bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...image.bytes.subarray(i, i + 0x8000));
  }
  return `data:${image.type};base64,${btoa(binary)}`;
}

/**
 * Load each image once, in order, keeping those that are images and fit the
 * budget. `load` returns null (or throws) when an image cannot be had.
 */
export async function embedImages(
  sources: readonly string[],
  load: (src: string, maxBytes: number) => Promise<LoadedImage | null>,
  budget = { perImage: MAX_IMAGE_BYTES, total: MAX_TOTAL_IMAGE_BYTES },
): Promise<EmbeddedImages> {
  const embedded: EmbeddedImages = {};
  let total = 0;
  for (const src of sources) {
    const left = Math.min(budget.perImage, budget.total - total);
    if (left <= 0) break;
    const image = await load(src, left).catch(() => null);
    if (!image || !/^image\/[\w.+-]+$/i.test(image.type) || image.bytes.length > left) continue;
    embedded[src] = toDataUrl(image);
    total += image.bytes.length;
  }
  return embedded;
}

/** Where an embedded image came from, kept on the <img> so Markdown can link the original. */
export const ORIGINAL_SRC = 'data-original-src';

/** Sanitized markup with its embedded images swapped in (for the library, which opens offline). */
export function withEmbeddedImages(win: DomWindow, html: string, images: EmbeddedImages): string {
  if (Object.keys(images).length === 0) return html;
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  for (const img of Array.from(doc.querySelectorAll('img[src]'))) {
    const src = img.getAttribute('src')!;
    if (!images[src]) continue;
    img.setAttribute(ORIGINAL_SRC, src);
    img.setAttribute('src', images[src]);
    img.removeAttribute('srcset');
  }
  return doc.body.innerHTML;
}
