/**
 * A file name from an article title that every common file system and both
 * browsers' downloads APIs accept: Windows forbids <>:"/\|?* and names like
 * CON or LPT1 (with any extension), and drops trailing dots and spaces; Linux
 * counts 255 bytes, macOS and Windows 255 UTF-16 units; Chrome rejects names
 * its own sanitizer would change. Bidi controls are removed so a right-to-left
 * title cannot disguise the extension ("txt.exe" shown as "exe.txt").
 */

/** Total bytes (UTF-8) of the name with its extension: room for a folder path on Windows and a " (2)" suffix. */
export const MAX_FILE_NAME_BYTES = 120;

const FALLBACK = 'article';
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Control characters are exactly what this must match.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
// Format characters (bidi controls, zero-width spaces, BOM) except ZWNJ/ZWJ, which spell Persian words and emoji.
const FORMAT = /(?![\u200c\u200d])[\p{Cf}\u2028\u2029]/gu;

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

/** Cut to at most `max` UTF-8 bytes without splitting a character or a grapheme cluster. */
function truncateBytes(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = bytes(segment);
    if (used + size > max) break;
    out += segment;
    used += size;
  }
  return out;
}

/** Strip what no platform keeps at the ends of a name: dots, spaces, and leading tildes and dashes. */
function trimEnds(text: string): string {
  return text.replace(/^[\s.~-]+/u, '').replace(/[\s.]+$/u, '');
}

/** `extension` without the dot, e.g. `html`. */
export function fileNameFor(title: string, extension: string): string {
  const suffix = '.' + extension;
  let stem = title
    .normalize('NFC')
    .replace(FORMAT, '')
    .replace(UNSAFE, ' ')
    .replace(/\s+/gu, ' ');
  stem = trimEnds(stem);
  stem = trimEnds(truncateBytes(stem, MAX_FILE_NAME_BYTES - bytes(suffix)));
  if (!stem) stem = FALLBACK;
  // Windows reserves a device name whatever follows its first dot ("CON.txt", "nul.tar.gz").
  if (WINDOWS_RESERVED.test(stem.split('.')[0]!.trim())) stem = stem.replace(/^[^.]*/, (device) => `${device.trim()} (article)`);
  return stem + suffix;
}
