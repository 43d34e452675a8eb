/**
 * The article's body. Page HTML enters an extension page here and only here,
 * through sanitizeToFragment (DOMPurify), even though the content script
 * already sanitized it: a message from a tab is untrusted.
 */
import { sanitizeToFragment } from '../core/sanitize';
import type { Article } from '../core/types';
import { el, setLanguage } from './dom';
import { textDirection } from './format';

export interface ArticleBodyOptions {
  /** Accessible name of the body region. */
  label?: string;
}

export function renderArticleBody(article: Pick<Article, 'html' | 'lang' | 'dir'>, options: ArticleBodyOptions = {}): HTMLElement {
  const body = el('article', { class: 'vb-prose', 'aria-label': options.label });
  setLanguage(body, article.lang, textDirection(article));
  body.append(sanitizeToFragment(window, article.html));
  for (const link of body.querySelectorAll('a[href]')) {
    // Links leave the extension page for a tab of their own, and tell the site nothing.
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  for (const media of body.querySelectorAll('img')) {
    media.setAttribute('loading', 'lazy');
    media.setAttribute('decoding', 'async');
    media.setAttribute('referrerpolicy', 'no-referrer');
    // A broken image would leave its alt text and an icon in the middle of the prose.
    media.addEventListener('error', () => (media.hidden = true), { once: true });
  }
  return body;
}
