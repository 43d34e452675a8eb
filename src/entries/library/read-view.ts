/**
 * An article from the library, read offline: its stored sanitized markup
 * (images embedded when they could be) enters the page only through the
 * sanitizer, like every article. Save buttons make a fresh copy from it.
 */
import type { LibraryRecord } from '../../core/library/record';
import { toArticle } from '../../core/library/record';
import { sanitizeToFragment } from '../../core/sanitize';
import { linkable } from '../../core/serialize/appendix';
import { saveArticle } from '../../platform/save-copy';
import { saveBar } from '../../ui/save-bar';
import { $, shortDate } from './dom';

export function showRecord(record: LibraryRecord): void {
  document.title = `${record.title} — Verbatim library`;
  const view = $('read-view');
  const back = document.createElement('a');
  back.href = '?';
  back.className = 'back';
  back.textContent = '← All saved articles';
  const title = document.createElement('h1');
  title.textContent = record.title;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [record.siteName, record.byline, shortDate(record.published), `${record.readingMinutes} min read`].filter(Boolean).join(' · ');
  if (linkable(record.url)) {
    const source = document.createElement('a');
    source.href = record.url;
    source.textContent = 'original';
    meta.append(' · ', source);
  }
  const article = toArticle(record);
  const save = saveBar((format) => saveArticle(window, { article, format, tabId: null, analysis: record.analysis }));
  const body = document.createElement('article');
  body.className = 'body';
  if (record.lang) body.lang = record.lang;
  if (record.dir) body.dir = record.dir;
  body.append(sanitizeToFragment(window, record.html));
  view.replaceChildren(back, title, meta, save, body);
  $('list-view').hidden = true;
  view.hidden = false;
}
