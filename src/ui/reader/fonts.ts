/**
 * OpenDyslexic ships with the extension (SIL Open Font License 1.1, from
 * @fontsource/opendyslexic) and is loaded only when chosen.
 */
import regular from '@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2?url';
import bold from '@fontsource/opendyslexic/files/opendyslexic-latin-700-normal.woff2?url';
import italic from '@fontsource/opendyslexic/files/opendyslexic-latin-400-italic.woff2?url';

let loaded = false;

export function loadDyslexicFont(doc: Document): void {
  if (loaded) return;
  loaded = true;
  const faces = [
    new FontFace('OpenDyslexic', `url(${regular}) format("woff2")`, { weight: '400', style: 'normal' }),
    new FontFace('OpenDyslexic', `url(${bold}) format("woff2")`, { weight: '700', style: 'normal' }),
    new FontFace('OpenDyslexic', `url(${italic}) format("woff2")`, { weight: '400', style: 'italic' }),
  ];
  for (const face of faces) doc.fonts.add(face);
}
