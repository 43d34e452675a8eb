/**
 * Images and links made to work outside the page: lazy-loading placeholders
 * replaced by the real picture, every URL absolute, tracking pixels dropped.
 * Runs on the pipeline's clone before Readability, so Readability scores the
 * real images and its own URL fixing finds nothing left to do.
 */

import type { Removal } from '../types';
import { byTag, closestTag, findElements, firstByTag } from './walk';

/** Where lazy loaders keep the real source, most specific first. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-orig-src', 'data-echo', 'data-pagespeed-lazy-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];
const PLACEHOLDER = /^data:|^about:blank|(?:^|[/_.-])(?:placeholder|blank|spacer|lazy|loading|loader|pixel|transparent|grey|gray|empty|1x1)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:$|\?)/i;
const BEACON_HOST = /(?:^|\.)(?:scorecardresearch\.com|doubleclick\.net|google-analytics\.com|googletagmanager\.com|googlesyndication\.com|quantserve\.com|chartbeat\.net|omtrdc\.net|2o7\.net|bat\.bing\.com|facebook\.com|analytics\.twitter\.com|ads\.linkedin\.com|amazon-adsystem\.com|mc\.yandex\.ru|gemius\.pl|pixel\.wp\.com|stats\.wp\.com|parsely\.com|newrelic\.com|nr-data\.net|adsrvr\.org|krxd\.net|bluekai\.com|demdex\.net|outbrain\.com|taboola\.com|criteo\.com|everesttech\.net|agkn\.com|moatads\.com|imrworldwide\.com)$/i;
const BEACON_PATH = /\/(?:pixel|beacon|tracker|tracking|track|collect|impression|imp|hit|count(?:er)?|__utm|b\/ss|tr)(?:\.(?:gif|png|php|aspx?)|\/|$|\?)/i;

export interface ImageOptions {
  /** The page URL that relative URLs resolve against (a `<base href>` in the page takes precedence). */
  url: string;
  /** The document's base URL, when the caller has it already (a copy of a page shares the page's `<base>`). */
  base?: string;
  /** Parses markup into an inert document; used when `<noscript>` holds its fallback as text (scripting-enabled DOMs). */
  parseHtml?: (html: string) => Document;
  /** Filled with the images and videos that stay, in document order (the caption pass starts from them). */
  media?: Element[];
}

/** The base URL of a document as a browser computes it: `<base href>` resolved against the page URL. */
export function baseUrlOf(doc: Document, pageUrl: string, bases = byTag(doc, 'base')): string {
  const href = bases.find((base) => base.hasAttribute('href'))?.getAttribute('href');
  if (href) {
    try {
      return new URL(href, pageUrl).href;
    } catch {
      /* an unusable <base> is ignored, as browsers do */
    }
  }
  return pageUrl;
}

export function absoluteUrl(value: string | null | undefined, base: string): string | null {
  const raw = value?.trim();
  if (!raw || /^(?:javascript|data|blob|about):/i.test(raw)) return null;
  try {
    return new URL(raw, base).href;
  } catch {
    return null;
  }
}

/** The widest (or densest) candidate of a srcset. */
export function bestFromSrcset(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const candidate of srcset.split(/,\s+|,(?=\S+\s+\d+[wx])/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const size = parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (size > bestSize) [best, bestSize] = [url, size];
  }
  return best;
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+|,(?=\S+\s+\d+[wx])/)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      const absolute = absoluteUrl(url, base);
      return absolute ? [absolute, ...descriptor].join(' ') : null;
    })
    .filter(Boolean)
    .join(', ');
}

function isPlaceholder(src: string | null): boolean {
  return !src || !src.trim() || PLACEHOLDER.test(src.trim());
}

/** Move a lazy loader's real source into `src`/`srcset` where the browser (and Readability) look. */
function resolveLazy(element: Element): void {
  const lazySrcset = LAZY_SRCSET.map((name) => element.getAttribute(name)).find((value) => value?.trim());
  if (lazySrcset && (!element.getAttribute('srcset') || isPlaceholder(element.getAttribute('srcset')))) element.setAttribute('srcset', lazySrcset);
  if (element.tagName !== 'IMG') return;
  if (isPlaceholder(element.getAttribute('src'))) {
    const lazySrc = LAZY_SRC.map((name) => element.getAttribute(name)).find((value) => value?.trim() && !isPlaceholder(value));
    const fromSrcset = element.getAttribute('srcset') ? bestFromSrcset(element.getAttribute('srcset')!) : null;
    const fromPicture = element.parentElement?.tagName === 'PICTURE'
      ? byTag(element.parentElement, 'source').map((s) => s.getAttribute('srcset') ?? s.getAttribute('data-srcset')).find(Boolean)
      : null;
    const real = lazySrc ?? fromSrcset ?? (fromPicture ? bestFromSrcset(fromPicture) : null);
    if (real) element.setAttribute('src', real);
  }
}

/** Fallback images that pages put in `<noscript>` next to a lazy placeholder. */
function noscriptImages(noscript: Element, options: ImageOptions): Element[] {
  let holder: Element = noscript;
  if (!firstByTag(noscript, 'img') && /<img\b/i.test(noscript.textContent ?? '') && options.parseHtml) {
    holder = options.parseHtml(noscript.textContent ?? '').body;
  }
  const images = byTag(holder, '*').filter((el) => el.tagName === 'PICTURE' || el.tagName === 'IMG').filter((el) => el.tagName === 'PICTURE' || el.parentElement?.tagName !== 'PICTURE');
  return images.map((image) => noscript.ownerDocument.importNode(image, true));
}

/** The lazy placeholder a `<noscript>` stands in for: an image just before it, or the only image of its parent. */
function placeholderFor(noscript: Element): Element | null {
  let previous = noscript.previousElementSibling;
  if (previous && previous.tagName !== 'IMG' && previous.tagName !== 'PICTURE') previous = firstByTag(previous, 'img');
  if (previous && (previous.tagName === 'IMG' || previous.tagName === 'PICTURE')) return closestTag(previous, 'PICTURE') ?? previous;
  const siblings = noscript.parentElement ? byTag(noscript.parentElement, 'img').filter((img) => !noscript.contains(img)) : [];
  return siblings.length === 1 ? siblings[0]! : null;
}

function unwrapNoscripts(doc: Document, options: ImageOptions): void {
  for (const noscript of byTag(doc, 'noscript')) {
    if (!noscript.getElementsByTagName('img').length && !/<img\b/i.test(noscript.textContent ?? '')) continue;
    const images = noscriptImages(noscript, options);
    if (images.length !== 1) continue;
    const placeholder = placeholderFor(noscript);
    const placeholderImg = placeholder?.tagName === 'IMG' ? placeholder : (placeholder ? firstByTag(placeholder, 'img') : null);
    if (placeholder && placeholderImg) {
      // Keep the placeholder when it already shows a real picture; otherwise the fallback replaces it.
      if (isPlaceholder(placeholderImg.getAttribute('src')) && !LAZY_SRC.some((name) => placeholderImg.getAttribute(name))) {
        placeholder.replaceWith(images[0]!);
      }
      noscript.remove();
    } else {
      noscript.replaceWith(images[0]!);
    }
  }
}

function dimension(img: Element, name: 'width' | 'height'): number | null {
  const attr = img.getAttribute(name);
  const style = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(img.getAttribute('style') ?? '');
  const value = attr !== null && /^\s*\d+(?:\.\d+)?\s*(?:px)?\s*$/.test(attr) ? parseFloat(attr) : style ? parseFloat(style[1]!) : null;
  return value;
}

/** Why an image is a tracking pixel, as a rule name, or null. */
export function trackingRule(img: Element, base: string): string | null {
  const width = dimension(img, 'width');
  const height = dimension(img, 'height');
  if (width !== null && height !== null && width <= 2 && height <= 2) return 'tracking.pixel-size';
  const style = img.getAttribute('style') ?? '';
  if (/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style) || img.hasAttribute('hidden')) return 'tracking.hidden-image';
  const src = absoluteUrl(img.getAttribute('src'), base);
  if (src) {
    const url = new URL(src);
    if (BEACON_HOST.test(url.hostname)) return 'tracking.beacon-host';
    if (BEACON_PATH.test(url.pathname)) return 'tracking.beacon-path';
  }
  return null;
}

/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  A: ['href'],
  IMG: ['src'],
  SOURCE: ['src'],
  VIDEO: ['src', 'poster'],
  AUDIO: ['src'],
  TRACK: ['src'],
};

/**
 * Prepare a document's images and links for extraction. Returns what was dropped
 * (tracking pixels) so the pipeline can report it in `removed`.
 */
export function prepareImages(doc: Document, options: ImageOptions): Removal[] {
  const base = options.base ?? baseUrlOf(doc, options.url);
  const removed: Removal[] = [];
  unwrapNoscripts(doc, options);
  // One pass over the tree; tag lookups and selector queries each cost a full pass in jsdom.
  const elements = doc.documentElement ? findElements(doc.documentElement, (el) => el.tagName in URL_ATTRIBUTES) : [];
  for (const element of elements) {
    if (element.tagName === 'IMG' || (element.tagName === 'SOURCE' && element.parentElement?.tagName === 'PICTURE')) resolveLazy(element);
  }
  for (const element of elements) {
    if (element.tagName === 'IMG') {
      const rule = trackingRule(element, base);
      if (rule) {
        removed.push({ kind: 'tracking', rule, text: (element.getAttribute('alt')?.trim() || element.getAttribute('src') || '').slice(0, 200) });
        (element.parentElement?.tagName === 'PICTURE' ? element.parentElement : element).remove();
        continue;
      }
    }
    for (const attribute of URL_ATTRIBUTES[element.tagName]!) {
      const value = element.getAttribute(attribute);
      // In-page anchors stay relative: they point into the article itself.
      if (value === null || (attribute === 'href' && value.trim().startsWith('#'))) continue;
      const absolute = absoluteUrl(value, base);
      // Most URLs are absolute already: setting an attribute costs jsdom a change record even when equal.
      if (absolute && absolute !== value) element.setAttribute(attribute, absolute);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset) {
      const absoluteSet = absoluteSrcset(srcset, base);
      if (absoluteSet !== srcset) element.setAttribute('srcset', absoluteSet);
    }
    if (element.tagName === 'IMG' || element.tagName === 'VIDEO') options.media?.push(element);
  }
  return removed;
}
