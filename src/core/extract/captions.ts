/**
 * Captions written without <figcaption>: WordPress's `.wp-caption` + `.wp-caption-text`, a
 * `<figure>` with a `p.caption`, a photo box holding an image and a `.cutline` or a credit, an image
 * block followed by a `.caption`, an unclassed `div.image > img + p`. They become real
 * <figure>/<figcaption> on the clone, before pre-clean, Readability and DOMPurify (which strips the
 * classes that say "caption"), so the reader styles them as captions and `Article.text` leaves them
 * out like every other caption, while the html keeps them, credit included. The search starts from
 * each photo and looks only a few levels up: its cost follows the page's images, not its size.
 */
import { foldedText, linkShare } from './dom';
import { byTag, closestTag, walkElements } from './walk';

/** A class word that names a caption or a photo credit (en, fr, de, es, pt), also inside a longer word ("newsCaption"). */
const CAPTION_WORD = /caption|cutline|(?:^|[-_])legend(?:$|[-_])|l[eé]gende|bildunterschrift|bildtext|pie-?de-?foto|epigrafe|legenda|credit/i;
/** Class words of caption widgets and states that are not the caption text itself. */
const NOT_CAPTION_WORD = /(?:^|[-_])(?:wrap|wrapper|container|toggle|button|btn|icon|open|close|expand|more|count|counter|hide|show)(?:[-_]|$)|without|^no[-_]?caption|has[-_]?caption/i;
/** Class words of an image's controls ("Save image", "Share"): an unclassed-looking line with these is no caption. */
const CONTROL_WORD = /(?:^|[-_])(?:tools?|toolbar|actions?|controls?|share|sharing|buttons?|btn|download|save|zoom|lightbox)(?:[-_]|$)/i;
/** A class word that names an image box (the shape `div.image > img + p`). */
const IMAGE_BOX_WORD = /^(?:.*[-_])?(?:image|img|photo|picture|figure)(?:[-_](?:top|lead|main|inline|wrap|wrapper|container|box|block))?$/i;
/** Declared smaller than this (either side), an image is an icon or an avatar, not a photo. */
const SMALL = 100;
/** Boxes that a figure is made inside of (their role in the layout stays), never renamed. */
const KEEP_TAG = new Set(['TD', 'TH', 'LI', 'DD', 'ARTICLE', 'SECTION', 'MAIN', 'BODY', 'HEADER', 'ASIDE']);
/** Longer than this is story text, whatever its class says. */
const MAX_CAPTION = 600;
/** How far up from a photo its box may be. */
const CLIMB = 4;
/** A photo box holds an image (or its wrapper), a caption, perhaps a line break or a control: few children. */
const BOX_CHILDREN = 5;
/** Text in a photo box besides its caption (an "Enlarge" control), at most. */
const BOX_EXTRA = 40;
/** A cheap first look at a class attribute before it is split into words. */
const MAYBE_CAPTION = /capt|cutline|legend|légende|bild|pie|epigrafe|credit/i;
/** Tags an unclassed caption is written in. */
const CAPTION_TAGS = new Set(['P', 'DIV', 'SPAN', 'SMALL', 'CITE']);

function classWords(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

function isCaptionClassed(el: Element): boolean {
  if (!MAYBE_CAPTION.test(el.getAttribute('class') ?? '')) return false;
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

/** Make `el` the caption of `figure`: its figcaption, or part of the figcaption the figure has. */
function captionOf(figure: Element, el: Element): void {
  const existing = figure.getElementsByTagName('figcaption')[0];
  if (!existing) renamed(el, 'figcaption');
  else if (!el.contains(existing)) existing.append(' ', el); // a wrapper around the figcaption already is its caption
}

function isCaption(el: Element): boolean {
  return isCaptionClassed(el) && !hasMedia(el) && captionLike(el);
}

/** Caption-classed children of a box (or their only child), besides the photo's own branch. */
function classedChildren(box: Element, path: Element): Element[] {
  const found: Element[] = [];
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
    if (child === path) continue;
    if (isCaption(child)) found.push(child);
    else if (child.childElementCount === 1 && isCaption(child.firstElementChild!)) found.push(child.firstElementChild!);
  }
  return found;
}

/** The one block of text in a box that holds nothing else but its photo: an unclassed caption. */
function onlyText(box: Element): Element | null {
  let only: Element | null = null;
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
    if (!foldedText(child)) continue;
    if (only) return null;
    only = child;
  }
  if (!only || !CAPTION_TAGS.has(only.tagName) || hasMedia(only) || !captionLike(only)) return null;
  if (classWords(only).some((w) => CONTROL_WORD.test(w))) return null;
  return foldedText(box).length === foldedText(only).length ? only : null; // loose text beside it: not a photo box
}

function isImageBoxClass(el: Element): boolean {
  return el.tagName === 'TD' || (el.tagName === 'DIV' && classWords(el).some((w) => IMAGE_BOX_WORD.test(w)));
}

/** A <figure> with a photo: caption-classed parts outside its figcaption join it; an unclassed line becomes it. */
function markFigure(figure: Element): void {
  if (!hasMedia(figure)) return; // a figure of a table, code or a quote keeps its text
  const classed: Element[] = [];
  walkElements(figure, (el) => {
    if (el.tagName === 'FIGCAPTION') return true;
    if (!isCaption(el)) return false;
    classed.push(el);
    return true;
  });
  for (const el of classed) captionOf(figure, el);
  if (classed.length || figure.getElementsByTagName('figcaption').length || mediaCount(figure) !== 1) return;
  const only = onlyText(figure);
  if (only) captionOf(figure, only);
}

/** From one photo up to its box: the caption found there becomes the box's figcaption. */
function captionPhoto(media: Element, seen: Set<Element>): void {
  let path = media;
  for (let box = media.parentElement, depth = 0; box && depth < CLIMB; path = box, box = box.parentElement, depth++) {
    if (seen.has(box)) return;
    seen.add(box);
    if (box.tagName === 'FIGURE') return markFigure(box);
    if (box.tagName === 'PICTURE' || box.tagName === 'A') continue;
    if (KEEP_TAG.has(box.tagName) && box.tagName !== 'TD' && box.tagName !== 'LI') return;
    if (box.childElementCount <= BOX_CHILDREN && mediaCount(box) <= 2) {
      const captions = classedChildren(box, path);
      const text = captions.reduce((sum, caption) => sum + foldedText(caption).length, 0);
      if (captions.length && foldedText(box).length - text <= BOX_EXTRA) {
        const figure = asFigure(box);
        for (const caption of captions) captionOf(figure, caption);
        return;
      }
      const only = captions.length === 0 && isImageBoxClass(box) && mediaCount(box) === 1 ? onlyText(box) : null;
      if (only) return captionOf(asFigure(box), only);
    }
    // An image block followed by its caption, inside longer text.
    const next = path.nextElementSibling;
    if (next && isCaptionClassed(next) && !KEEP_TAG.has(path.tagName) && !KEEP_TAG.has(next.tagName) && !foldedText(path) && mediaCount(path) === 1 && isCaption(next)) {
      const figure = box.ownerDocument.createElement('figure');
      path.before(figure);
      figure.append(path, next);
      renamed(next, 'figcaption');
      return;
    }
    if (box.childElementCount > BOX_CHILDREN) return; // past the photo's own box
  }
}

/** Marks the captions of the page's photos; `media` lists its images and videos when the caller has them. */
export function markCaptions(doc: Document, media?: Element[]): void {
  const body = doc.body;
  if (!body) return;
  const seen = new Set<Element>();
  for (const photo of media ?? [...byTag(body, 'img'), ...byTag(body, 'video')]) {
    if (photo.isConnected && isPhoto(photo) && body.contains(photo) && !closestTag(photo, 'FIGCAPTION')) captionPhoto(photo, seen);
  }
}
