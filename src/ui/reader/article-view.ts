/**
 * The article as the reader shows it: a masthead (site, title, byline, date,
 * reading time), the lead image when the body lacks it, and the body. The body
 * enters only through the sanitizer; links are then made to leave the reader.
 */
import { sanitizeToFragment } from '../../core/sanitize';
import type { Article } from '../../core/types';
import { el } from './dom';

export interface ArticleView {
  /** The `<article>`, carrying the article's language and direction. */
  root: HTMLElement;
  /** The sanitized body, whose text is `article.text`. */
  body: HTMLElement;
}

export function renderArticle(win: Window, article: Article): ArticleView {
  const root = el('article', { class: 'article' });
  if (article.lang) root.lang = article.lang;
  if (article.dir) root.dir = article.dir;

  const masthead = el('header', { class: 'masthead' });
  if (article.siteName) masthead.append(el('p', { class: 'site' }, article.siteName));
  // `elementtiming` lets the bench measure when the article is first painted.
  masthead.append(el('h1', { class: 'title', elementtiming: 'article-title' }, article.title));
  if (article.byline) masthead.append(el('p', { class: 'byline' }, article.byline));
  const facts = el('p', { class: 'facts' });
  const date = publishedDate(article.published, article.lang);
  if (date) facts.append(el('time', { datetime: article.published ?? '' }, date), ' · ');
  // The interface's words inside the article's language: isolated, so an RTL line keeps them whole.
  facts.append(el('span', { lang: 'en', dir: 'ltr' }, `${article.readingMinutes} min read`));
  masthead.append(facts);
  root.append(masthead);

  const body = el('div', { class: 'body' });
  // The article came from a page: it enters this page only through DOMPurify.
  body.append(sanitizeToFragment(win, article.html));
  const lead = leadFigure(article, body);
  if (lead) root.append(lead);
  prepareBody(body);
  root.append(body);
  return { root, body };
}

function publishedDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'long' }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}

/** The lead image, unless the body already shows it. */
function leadFigure(article: Article, body: HTMLElement): HTMLElement | null {
  if (!article.leadImage) return null;
  let src: string;
  try {
    src = new URL(article.leadImage, article.url ?? undefined).href;
  } catch {
    return null;
  }
  if (!/^https?:/.test(src)) return null;
  if ([...body.querySelectorAll('img')].some((img) => img.src === src)) return null;
  const img = el('img', { src, alt: '', decoding: 'async' });
  const figure = el('figure', { class: 'lead' }, img);
  // A lead image that does not load leaves no empty box above the text.
  img.addEventListener('error', () => figure.remove(), { once: true });
  return figure;
}

function prepareBody(body: HTMLElement): void {
  for (const link of body.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    // A click leaves the reader like a click on the page would (the tab goes there); new-tab clicks still work.
    if (link.target !== '_blank') link.target = '_top';
    link.rel = 'noopener noreferrer';
  }
  for (const img of body.querySelectorAll('img')) {
    // Pages often give no text alternative; an empty one says "decorative" instead of reading out the file name.
    if (!img.hasAttribute('alt')) img.alt = '';
    img.loading = 'lazy';
    img.decoding = 'async';
    // A broken image leaves no icon and stray alt text in the column.
    img.addEventListener('error', () => img.classList.add('broken'), { once: true });
  }
  for (const table of body.querySelectorAll('table')) {
    // Wide tables scroll on their own instead of widening the page; the scroller is focusable for keyboard users.
    const scroller = el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Table' });
    table.replaceWith(scroller);
    scroller.append(table);
  }
}
