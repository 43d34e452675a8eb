/**
 * Captions written without <figcaption>: WordPress's `.wp-caption` + `.wp-caption-text`, a
 * `<figure>` with a `p.caption`, a photo box holding an image and a `.cutline`, an image block
 * followed by a `.caption`. They become real <figure>/<figcaption> on the clone, before Readability
 * and DOMPurify (which strips the classes that say "caption"), so the reader styles them as captions
 * and `Article.text` leaves them out like every other caption, while the html keeps them.
 */
import { foldedText, linkShare } from './dom';
import { closestTag, walkElements } from './walk';

/** A class word that names a caption or a photo credit (en, fr, de, es, pt). */
const CAPTION_WORD = /^(?:.*[-_])?(?:wp-caption-text|caption|captions|cutline|legend|legende|légende|bildunterschrift|bildtext|pie-?de-?foto|epigrafe|legenda|credit|credits|photo-?credit|image-?credit|media-?credit)(?:[-_].*)?$/i;
/** Class words of caption widgets that are not the caption text itself. */
const NOT_CAPTION_WORD = /(?:^|[-_])(?:wrap|wrapper|container|toggle|button|btn|icon|open|close|expand|more|count|counter)(?:[-_]|$)/i;
/** A class word that names an image box (the shape `div.image > img + p`). */
const IMAGE_BOX_WORD = /^(?:.*[-_])?(?:image|img|photo|picture|figure)(?:[-_](?:top|lead|main|inline|wrap|wrapper|container|box|block))?$/i;
/** Declared smaller than this (either side), an image is an icon or an avatar, not a photo. */
const SMALL = 100;
/** Boxes that a figure is made inside of (their role in the layout stays), never renamed. */
const KEEP_TAG = new Set(['TD', 'TH', 'LI', 'DD', 'ARTICLE', 'SECTION', 'MAIN', 'BODY', 'HEADER', 'ASIDE']);
/** Longer than this is story text, whatever its class says. */
const MAX_CAPTION = 600;
/** How far up from a caption its image box may be. */
const BOX_DEPTH = 3;

function classWords(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

function isCaptionClassed(el: Element): boolean {
  const words = classWords(el);
  return words.some((w) => CAPTION_WORD.test(w)) && !words.some((w) => NOT_CAPTION_WORD.test(w));
}

function isPhoto(el: Element): boolean {
  const declared = [el.getAttribute('width'), el.getAttribute('height')].map((v) => Number.parseInt(v ?? '', 10));
  return !declared.some((size) => size > 0 && size < SMALL);
}

/** Photos and videos in `el` (itself included); icons and avatars do not count. */
function mediaCount(el: Element): number {
  if (el.tagName === 'IMG' || el.tagName === 'VIDEO') return isPhoto(el) ? 1 : 0;
  let count = 0;
  for (const tag of ['img', 'video']) for (const media of Array.from(el.getElementsByTagName(tag))) if (isPhoto(media)) count++;
  return count;
}

function hasMedia(el: Element): boolean {
  return mediaCount(el) > 0;
}

/** Text a caption could be: present, not story-long, not a link to elsewhere (a story card's title). */
function captionLike(el: Element): boolean {
  const text = foldedText(el);
  return text.length > 0 && text.length <= MAX_CAPTION && linkShare(el) < 0.5;
}

/** `el` with a new tag name, attributes and children moved over (the class hints stay for post-clean). */
function renamed(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const out = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) out.setAttribute(attr.name, attr.value);
  while (el.firstChild) out.append(el.firstChild);
  el.replaceWith(out);
  return out;
}

/** The box as a <figure>: renamed, or (a table cell, a list item) holding a new figure with its content. */
function asFigure(box: Element): Element {
  if (box.tagName === 'FIGURE') return box;
  if (!KEEP_TAG.has(box.tagName)) return renamed(box, 'figure');
  const figure = box.ownerDocument.createElement('figure');
  while (box.firstChild) figure.append(box.firstChild);
  box.append(figure);
  return figure;
}

/**
 * The smallest ancestor of a caption that holds an image and little text besides the caption's
 * own (a photo box, a gallery slide): that is the figure the caption belongs to.
 */
function imageBox(caption: Element, text: string): Element | null {
  let box = caption.parentElement;
  for (let depth = 0; box && depth < BOX_DEPTH; box = box.parentElement, depth++) {
    if (KEEP_TAG.has(box.tagName) && box.tagName !== 'TD' && box.tagName !== 'LI') return null;
    if (!hasMedia(box)) continue;
    const extra = foldedText(box).length - text.length;
    return extra <= 40 && mediaCount(box) <= 2 ? box : null;
  }
  return null;
}

/** The element just before the caption when it is an image and nothing else (a picture block). */
function imageBefore(caption: Element): Element | null {
  const before = caption.previousElementSibling;
  return before && hasMedia(before) && !foldedText(before) && mediaCount(before) === 1 ? before : null;
}

/** Make `el` the caption of `figure`: its figcaption, or part of the figcaption the figure has. */
function captionOf(figure: Element, el: Element): void {
  const existing = figure.getElementsByTagName('figcaption')[0];
  if (existing) existing.append(' ', el);
  else renamed(el, 'figcaption');
}

/** Caption-classed elements: made figcaptions of the figure or image box they belong to. */
function markClassedCaptions(root: Element): void {
  const classed: Element[] = [];
  walkElements(root, (el) => {
    if (el.tagName === 'FIGCAPTION' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return true;
    if (isCaptionClassed(el)) classed.push(el);
    return false;
  });
  for (const el of classed) {
    if (!el.isConnected || closestTag(el, 'FIGCAPTION') || hasMedia(el) || !captionLike(el)) continue;
    const figure = closestTag(el, 'FIGURE');
    if (figure) {
      if (hasMedia(figure)) captionOf(figure, el);
      continue;
    }
    const text = foldedText(el);
    const box = imageBox(el, text);
    if (box) {
      captionOf(asFigure(box), el);
      continue;
    }
    const image = imageBefore(el);
    if (image && !KEEP_TAG.has(el.tagName)) {
      const figure = el.ownerDocument.createElement('figure');
      image.before(figure);
      figure.append(image, el);
      renamed(el, 'figcaption');
    }
  }
}

/**
 * Unclassed captions of marked boxes: a <figure> (or a `div.image`-like box) holding one image and
 * one short block of text, which is then its caption.
 */
function markBoxCaptions(root: Element): void {
  const boxes: Element[] = [];
  walkElements(root, (el) => {
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return true;
    if (el.tagName === 'FIGURE' || (el.tagName === 'DIV' && classWords(el).some((w) => IMAGE_BOX_WORD.test(w)))) boxes.push(el);
    return false;
  });
  for (const box of boxes) {
    if (!box.isConnected || box.getElementsByTagName('figcaption').length || mediaCount(box) !== 1) continue;
    const texts = Array.from(box.children).filter((child) => foldedText(child));
    const only = texts.length === 1 ? texts[0]! : null;
    if (!only || hasMedia(only) || !['P', 'DIV', 'SPAN', 'SMALL', 'CITE'].includes(only.tagName) || !captionLike(only)) continue;
    if (foldedText(box).length !== foldedText(only).length) continue; // loose text beside it: not a plain photo box
    captionOf(asFigure(box), only);
  }
}

export function markCaptions(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  markClassedCaptions(body);
  markBoxCaptions(body);
}
