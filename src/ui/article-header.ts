/**
 * The article's header: lead image, site, title, byline, date, reading time.
 * Missing parts are left out, never shown empty.
 */
import type { Article } from '../core/types';
import { el, setLanguage } from './dom';
import { formatDate, formatReadingTime, siteLabel, textDirection, uiLocale } from './format';

export interface ArticleHeaderOptions {
  /** Locale for the date and numbers; the UI's by default. */
  locale?: string;
  /** id for the title, so a region can be labelled by it. */
  titleId?: string;
  /** Heading level of the title (the popup's page title is the article's: 1). */
  level?: 1 | 2;
}

type HeaderData = Pick<Article, 'title' | 'byline' | 'siteName' | 'url' | 'published' | 'readingMinutes' | 'leadImage' | 'lang' | 'dir'>;

export function renderArticleHeader(article: HeaderData, options: ArticleHeaderOptions = {}): HTMLElement {
  const locale = options.locale ?? uiLocale();
  const date = formatDate(article.published, locale);
  const reading = formatReadingTime(article.readingMinutes, locale);
  const site = siteLabel(article);

  const header = el('header', { class: 'vb-header' });
  setLanguage(header, article.lang, textDirection(article));

  const image = leadImage(article.leadImage);
  const title = el(options.level === 2 ? 'h2' : 'h1', { class: 'vb-title', id: options.titleId }, article.title);
  const meta = [
    article.byline && el('span', { class: 'vb-byline' }, article.byline),
    // Date and reading time are UI text in the UI's language: isolated, so they read right inside a right-to-left header.
    date && article.published && el('time', { datetime: article.published, lang: locale, dir: 'auto' }, date),
    reading && el('span', { lang: locale, dir: 'auto' }, reading),
  ].filter((part): part is HTMLElement => Boolean(part));

  header.append(
    ...[
      image,
      site && el('p', { class: 'vb-site' }, site),
      title,
      meta.length > 0 && el('p', { class: 'vb-meta' }, ...meta.flatMap((part, i) => (i === 0 ? [part] : [el('span', { class: 'vb-dot', 'aria-hidden': 'true' }, '·'), part]))),
    ].filter((part): part is HTMLElement => Boolean(part)),
  );
  return header;
}

/** Only http(s) images: anything else in `leadImage` is not something to load. */
function leadImage(src: string | null): HTMLElement | null {
  if (!src || !/^https?:\/\//i.test(src)) return null;
  // Decorative here: the title says what the article is, and lead images rarely carry useful alt text.
  const img = el('img', { src, alt: '', decoding: 'async', referrerpolicy: 'no-referrer' });
  const figure = el('figure', { class: 'vb-lead' }, img);
  // A broken image leaves no empty box behind.
  img.addEventListener('error', () => figure.remove(), { once: true });
  return figure;
}
