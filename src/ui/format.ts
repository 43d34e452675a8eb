/**
 * Article metadata as a reader sees it, formatted with Intl in the UI's
 * locale (not the article's: a French reader of an English story gets
 * French dates).
 */
import type { Article } from '../core/types';

/** The browser's UI language, e.g. "en-GB". */
export function uiLocale(): string {
  return navigator.language || 'en';
}

const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The article's direction: what the page declared, else what its language implies. */
export function textDirection(article: Pick<Article, 'dir' | 'lang'>): 'ltr' | 'rtl' | null {
  if (article.dir) return article.dir;
  const lang = article.lang?.toLowerCase().split(/[-_]/)[0];
  if (!lang) return null;
  return RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
}

/**
 * "21 Oct 2025" in the UI locale. A bare date ("2025-10-21") is a calendar
 * day, so it is shown in UTC: otherwise readers west of Greenwich would see
 * the day before.
 */
export function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(dayOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}

export function formatReadingTime(minutes: number, locale: string): string | null {
  if (!(minutes > 0)) return null;
  return `${new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes)} read`;
}

export function formatCount(n: number, one: string, many: string, locale: string): string {
  return `${new Intl.NumberFormat(locale).format(n)} ${n === 1 ? one : many}`;
}

/** The site's name, else its host without "www.". */
export function siteLabel(article: Pick<Article, 'siteName' | 'url'>): string | null {
  if (article.siteName) return article.siteName;
  if (!article.url) return null;
  try {
    const { hostname } = new URL(article.url);
    return hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
