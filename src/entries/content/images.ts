import type { LoadedImage } from '../../core/serialize/images';

/**
 * Fetch one image as the page would: same-origin images and those the server
 * shares (CORS) load; others fail and stay linked in the saved copy. Reads
 * the body only while it fits the budget.
 */
export async function loadImage(src: string, maxBytes: number): Promise<LoadedImage | null> {
  const response = await fetch(src, { credentials: 'same-origin', signal: AbortSignal.timeout(15_000) });
  if (!response.ok || !response.body) return null;
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return null;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { type, bytes };
}
