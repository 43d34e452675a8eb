/**
 * Article metadata from the original page (read before any cleaning): JSON-LD
 * first, then the meta tags publishers fill in for social cards and analytics
 * (Open Graph, Twitter, Parse.ly, Sailthru, Dublin Core, itemprop), then the page itself.
 */

import { cleanByline, creditNames, joinNames } from './byline';
import { toIsoDate } from './dates';
import { absoluteUrl, baseUrlOf } from './images';
import { findArticleNode, ldStrings, ldTypes, readJsonLd, resolveRefs, type LdNode } from './jsonld';
import { guessLanguage, isRtlLanguage, normalizeLang } from './language';
import { findPostNavigation } from './navigation';
import { cleanTitle } from './title';
import { byTag, findElements, hooks, TagIndex } from './walk';
import type { Article } from '../types';

/** The Article fields read from the page itself, before cleaning, plus evidence for detection. */
export interface PageMetadata
  extends Pick<Article, 'title' | 'byline' | 'siteName' | 'published' | 'lang' | 'dir' | 'url' | 'excerpt' | 'leadImage' | 'next' | 'previous'> {
  /** Evidence for article detection: og:type and the JSON-LD types, lower-cased. */
  ogType: string | null;
  ldTypes: string[];
}

/** All `<meta>` values by lower-cased name/property/itemprop (space-separated lists split), first value wins. */
function readMetaTags(metas: Element[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of metas) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop'), meta.getAttribute('http-equiv')]
      .flatMap((value) => (value ?? '').toLowerCase().split(/\s+/))
      .filter(Boolean)
      // Dublin Core is written dc.title, dc:title, dcterms.title, dcterms:title…
      .map((key) => key.replace(/^dcterms?[.:]/, 'dcterm:').replace(/^dc\./, 'dc:'));
    for (const key of keys) if (!tags.has(key)) tags.set(key, unescapeEntities(content));
  }
  return tags;
}

/** Entities some CMSes escape twice ("&amp;#8217;"), decoded; invalid code points become U+FFFD. */
export function unescapeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return value
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => named[name]!)
    .replace(/&#(?:x([0-9a-f]+)|(\d+));/gi, (_, hex?: string, dec?: string) => {
      const code = parseInt(hex ?? dec!, hex ? 16 : 10);
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
    });
}

const first = (...values: (string | null | undefined)[]) => values.find((value) => value && value.trim())?.trim() ?? null;

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An element's text with its parts kept apart ("<a>Sam Whitlock</a><span>Football reporter</span>" → "Sam Whitlock | Football reporter"). */
function partsText(element: Element): string {
  const parts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const part = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (part) parts.push(part);
  }
  return parts.join(' | ');
}

const BYLINE_HOOK = /byline|author/i;
const isBylineElement = (el: Element) =>
  BYLINE_HOOK.test(`${hooks(el)} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-testid') ?? ''}`);
const NOT_BYLINE_AREA = /comment|related|recommend|promo|sidebar|footer|bio\b|newsletter/i;

/** `[itemprop~="name"]`, tested without the selector engine. */
const hasNameItemprop = (el: Element) => (el.getAttribute('itemprop') ?? '').split(/[ \t\n\r\f]+/).includes('name');

/** The byline printed on the page, when metadata names nobody. */
function pageByline(scope: Element | null): string | null {
  if (!scope) return null;
  for (const element of findElements(scope, isBylineElement)) {
    let area: Element | null = element;
    let excluded = false;
    for (; area && area !== scope; area = area.parentElement) {
      if (NOT_BYLINE_AREA.test(`${area.getAttribute('class') ?? ''} ${area.id}`)) excluded = true;
    }
    if (excluded) continue;
    const name = findElements(element, hasNameItemprop, { limit: 1 })[0];
    const value = name?.getAttribute('content') ?? text(name) ?? '';
    const candidate = value || element.getAttribute('content') || partsText(element);
    // A byline is a few words; a menu or a bio that happens to carry an "author" class is not.
    if (candidate.length < 2 || candidate.length > 200 || candidate.split(' | ').length > 6) continue;
    const byline = cleanByline(candidate, text(element));
    if (byline) return byline;
  }
  return null;
}

const DATE_HOOK = /publish|posted|dateline|byline|date/i;
const isDateElement = (el: Element) => el.hasAttribute('pubdate') || DATE_HOOK.test(`${hooks(el)} ${el.getAttribute('itemprop') ?? ''}`);

/** A publication date printed in the page: `<time datetime>` first, then date-ish elements' text. */
function pageDate(scope: Element | null): string | null {
  if (!scope) return null;
  const times = byTag(scope, 'time').filter((time) => time.hasAttribute('datetime'));
  const preferred = times.find((t) => t.hasAttribute('pubdate') || /publish|posted|created/i.test(`${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('class') ?? ''} ${t.parentElement?.getAttribute('class') ?? ''}`)) ?? times[0];
  const fromTime = toIsoDate(preferred?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  for (const element of findElements(scope, isDateElement)) {
    if (/updat|modif/i.test(element.getAttribute('class') ?? '')) continue;
    const value = element.getAttribute('content') ?? element.getAttribute('datetime') ?? text(element);
    if (value.length > 160) continue;
    const date = toIsoDate(value);
    if (date) return date;
  }
  return null;
}

function ldDate(node: LdNode | undefined, nodes: LdNode[]): string | null {
  for (const candidate of [node, ...nodes]) {
    if (!candidate) continue;
    for (const key of ['datePublished', 'dateCreated', 'uploadDate', 'dateModified']) {
      const date = toIsoDate(ldStrings(candidate[key])[0]);
      if (date) return date;
    }
  }
  return null;
}

/** Authors from JSON-LD: people first; an organisation only when it is the sole credit. */
function ldAuthors(node: LdNode | undefined, nodes: LdNode[]): string[] {
  if (!node) return [];
  const authors = [resolveRefs(node.author, nodes), resolveRefs(node.creator, nodes)].flat().filter(Boolean);
  const people = authors.filter((a) => typeof a === 'string' || !ldTypes(a as LdNode).some((t) => t === 'organization' || t === 'newsmediaorganization'));
  return ldStrings(people.length ? people : authors);
}

const LARGE_IMAGE = 300;

/** The first picture of the article body large enough to stand for the story (not an icon or avatar). */
export function firstLargeImage(content: ParentNode): string | null {
  for (const img of content.querySelectorAll('img[src]')) {
    const width = Number(img.getAttribute('width'));
    const height = Number(img.getAttribute('height'));
    if ((width && width < LARGE_IMAGE) || (height && height < 100)) continue;
    if (/avatar|icon|logo|sprite|emoji|badge/i.test(`${img.getAttribute('src')} ${img.getAttribute('class') ?? ''}`)) continue;
    const src = img.getAttribute('src');
    if (src && /^https?:/i.test(src)) return src;
  }
  return null;
}

/** `tags` indexes `doc` (the pipeline shares one index of the page between its readers). */
export function readMetadata(doc: Document, pageUrl: string, tags = new TagIndex(doc)): PageMetadata {
  const base = baseUrlOf(doc, pageUrl, tags.all('base'));
  const meta = readMetaTags(tags.all('meta'));
  const nodes = readJsonLd(doc, tags.all('script'));
  const scope = tags.storyScope();
  const article = findArticleNode(nodes);
  const types = [...new Set(nodes.flatMap(ldTypes))];
  const publisher = article ? (resolveRefs(article.publisher, nodes) as LdNode | undefined) : undefined;
  const website = nodes.find((node) => ldTypes(node).includes('website'));

  const siteName = first(ldStrings(publisher)[0], meta.get('og:site_name'), ldStrings(website?.name)[0], meta.get('application-name'), meta.get('apple-mobile-web-app-title'));
  let host: string | null = null;
  try {
    host = new URL(pageUrl).hostname || null;
  } catch {
    host = null;
  }
  const metaAuthor = [meta.get('dc:creator'), meta.get('dcterm:creator'), meta.get('author'), meta.get('article:author'), meta.get('parsely-author'), meta.get('sailthru.author'), meta.get('byl')]
    .filter((value): value is string => !!value && !/^https?:/i.test(value));
  const credited = creditNames(ldAuthors(article, nodes));
  const names = credited.length ? credited : creditNames(metaAuthor[0]);
  // Several names are joined as the page prints them, so its own text is the model.
  const byline = names.length ? joinNames(names, names.length > 1 ? text(scope) : '') : pageByline(scope);
  const headings = tags.all('h1').map(text);
  // Blogs append their author the way news sites append their name ("Headline - Jane Doe - Medium").
  const siteNames = [siteName, ...ldStrings(publisher), ...ldStrings(website?.name), ...(byline?.split(/, | and /) ?? [])].filter((s): s is string => !!s);
  const evidence = { siteNames, host, headings };
  const titles = [
    ldStrings(article?.headline)[0],
    meta.get('dc:title'),
    meta.get('dcterm:title'),
    meta.get('og:title'),
    meta.get('twitter:title'),
    meta.get('parsely-title'),
    meta.get('sailthru.title'),
    ldStrings(article?.name)[0],
    doc.title,
  ]
    .filter((value): value is string => !!value?.trim())
    .map((value) => cleanTitle(unescapeEntities(value), evidence));
  // The first declared title, unless another one is exactly the page's headline (Wikipedia's JSON-LD
  // "headline" is a description; the og:title matches the h1).
  const title = titles.find((candidate) => headings.includes(candidate)) ?? titles[0] ?? headings[0] ?? '';

  const published =
    ldDate(article, nodes) ??
    toIsoDate(first(
      meta.get('article:published_time'),
      meta.get('og:published_time'),
      meta.get('published_time'),
      meta.get('parsely-pub-date'),
      meta.get('sailthru.date'),
      meta.get('dc:date.issued'),
      meta.get('dcterm:issued'),
      meta.get('dc:date'),
      meta.get('dcterm:created'),
      meta.get('dcterm:date'),
      meta.get('date'),
      meta.get('pubdate'),
      meta.get('publish-date'),
      meta.get('datepublished'),
      meta.get('og:updated_time'),
    )) ??
    pageDate(scope);

  const lang = normalizeLang(first(doc.documentElement.getAttribute('lang'), doc.documentElement.getAttribute('xml:lang'), meta.get('content-language'), ldStrings(article?.inLanguage)[0], meta.get('og:locale')));
  // The direction that applies to the story: the nearest declared one around it, then the document's.
  const declaredDir = first(declaredAround(scope), doc.documentElement.getAttribute('dir'))?.toLowerCase();
  const dir = declaredDir === 'rtl' || declaredDir === 'ltr' ? declaredDir : isRtlLanguage(lang) ? 'rtl' : null;

  const canonicalLink = tags.all('link').find((link) => /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '') && link.hasAttribute('href'));
  const canonical = first(canonicalLink?.getAttribute('href'), meta.get('og:url'));
  // A document parsed from a string has no address of its own (about:blank): then there is no URL to report.
  const url = absoluteUrl(canonical, base) ?? (/^about:/.test(pageUrl) ? null : pageUrl);

  const excerpt = first(ldStrings(article?.description)[0], meta.get('dc:description'), meta.get('dcterm:description'), meta.get('og:description'), meta.get('description'), meta.get('twitter:description'));
  const image = first(meta.get('og:image:secure_url'), meta.get('og:image'), meta.get('og:image:url'), meta.get('twitter:image'), meta.get('twitter:image:src'), ldStrings(article?.image, 'url')[0], ldStrings(article?.thumbnailUrl, 'url')[0]);

  return {
    title,
    byline,
    siteName,
    published,
    lang,
    dir,
    url,
    excerpt: excerpt ? excerpt.replace(/\s+/g, ' ') : null,
    leadImage: absoluteUrl(image, base),
    ...findPostNavigation(doc, base, tags),
    ogType: meta.get('og:type')?.toLowerCase() ?? null,
    ldTypes: types,
  };
}

/** What only the extracted article can tell: a guessed language, a lead image, excerpt or byline from the body. */
export function completeMetadata(meta: PageMetadata, article: { text: string; content: ParentNode; byline: string | null }): PageMetadata {
  const lang = meta.lang ?? guessLanguage(article.text);
  const firstParagraph = article.text.split('\n\n').find((block) => block.split(/\s+/).length >= 12) ?? null;
  return {
    ...meta,
    lang,
    // Readability's byline comes from the article body, which it removes; a last resort after metadata and the page.
    byline: meta.byline ?? cleanByline(article.byline),
    dir: meta.dir ?? (isRtlLanguage(lang) ? 'rtl' : null),
    leadImage: meta.leadImage ?? firstLargeImage(article.content),
    excerpt: meta.excerpt ?? firstParagraph,
  };
}

/** The `dir` of the nearest element around `el` (inclusive) that declares one; a parent walk, not the selector engine. */
function declaredAround(el: Element | null): string | null {
  for (let up = el; up; up = up.parentElement) if (up.hasAttribute('dir')) return up.getAttribute('dir');
  return null;
}
