import type { DomWindow } from './window';
import { sanitizeHtml } from '../sanitize';
import type { Analysis, Article } from '../types';
import { copyFacts, linkable, listedQuotes, personLabel, speakerLabel } from './appendix';
import { COPY_CSS, COPY_CSS_SHA256 } from './html-style';
import type { EmbeddedImages } from './images';

/**
 * One self-contained HTML file: the sanitized article with its images as data
 * URLs (those that could not be embedded stay linked, with a visible note), a
 * header with where and when it came from, and an appendix of quotes and people.
 * It carries no script and its own CSP forbids any, so opening it runs nothing.
 */

/** Only inline styles by hash and images; no scripts, frames, fonts, forms or requests of any other kind. */
export const COPY_CSP = `default-src 'none'; style-src '${COPY_CSS_SHA256}'; img-src data: https: http:; base-uri 'none'; form-action 'none'`;

export interface HtmlOptions {
  /** ISO date and time the copy was made. */
  savedAt: string;
  images?: EmbeddedImages;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(doc: Document, href: string, text = href): HTMLAnchorElement {
  const a = el(doc, 'a', text);
  a.href = href;
  return a;
}

/** Swap in embedded images; leave a note by each one that stays linked. */
function embed(doc: Document, root: Element, images: EmbeddedImages): void {
  for (const source of Array.from(root.querySelectorAll('picture source'))) source.remove();
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    img.removeAttribute('loading');
    if (src.startsWith('data:')) continue;
    const data = images[src];
    if (data) {
      img.setAttribute('src', data);
      continue;
    }
    if (!/^https?:\/\//i.test(src)) {
      img.remove();
      continue;
    }
    const note = el(doc, 'p', 'Image not saved in this file (too large, or not reachable when saved); it is linked from: ', 'linked-image');
    note.append(link(doc, src));
    // After the figure when there is one, so the note does not sit between an image and its caption.
    (img.closest('figure') ?? img.closest('picture') ?? img).after(note);
  }
}

function header(doc: Document, article: Article, savedAt: string): HTMLElement {
  const facts = copyFacts(article, savedAt);
  const head = el(doc, 'header');
  head.append(el(doc, 'h1', facts.title));
  if (facts.byline) head.append(el(doc, 'p', facts.byline, 'byline'));
  const list = el(doc, 'dl', undefined, 'facts');
  const row = (term: string, value: string | Node | null) => {
    if (!value) return;
    const dd = el(doc, 'dd');
    dd.append(value);
    list.append(el(doc, 'dt', term), dd);
  };
  row('Site', facts.site);
  row('Published', facts.published);
  row('Source', linkable(facts.url) ? link(doc, facts.url) : facts.url);
  row('Saved', facts.saved);
  head.append(list);
  return head;
}

function appendix(doc: Document, analysis: Analysis): HTMLElement | null {
  if (analysis.quotes.length === 0 && analysis.people.length === 0) return null;
  const section = el(doc, 'section', undefined, 'appendix');
  if (analysis.quotes.length > 0) {
    section.append(el(doc, 'h2', 'Quotes'));
    const list = el(doc, 'ol', undefined, 'quotes');
    for (const quote of listedQuotes(analysis)) {
      const item = el(doc, 'li');
      item.append(el(doc, 'q', quote.text), ' — ', el(doc, 'span', speakerLabel(quote), 'speaker'));
      if (quote.fragment) item.append(' ', el(doc, 'span', '(phrase)', 'phrase'));
      list.append(item);
    }
    section.append(list);
  }
  if (analysis.people.length > 0) {
    section.append(el(doc, 'h2', 'People'));
    const list = el(doc, 'ul', undefined, 'people');
    for (const person of analysis.people) list.append(el(doc, 'li', personLabel(person)));
    section.append(list);
  }
  return section;
}

export function toHtml(win: DomWindow, article: Article, analysis: Analysis, options: HtmlOptions): string {
  const doc = win.document.implementation.createHTMLDocument('');
  // The CSP comes first so it governs everything after it.
  const csp = el(doc, 'meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = COPY_CSP;
  const charset = el(doc, 'meta');
  charset.setAttribute('charset', 'utf-8');
  const viewport = el(doc, 'meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  const generator = el(doc, 'meta');
  generator.name = 'generator';
  generator.content = 'Verbatim';
  doc.title = copyFacts(article, options.savedAt).title;
  doc.head.prepend(charset, csp, viewport, generator);
  doc.head.append(el(doc, 'style', COPY_CSS));
  if (article.lang) doc.documentElement.lang = article.lang;
  if (article.dir) doc.documentElement.dir = article.dir;

  // Sanitized again: a copy may come from an imported library file, not straight from extraction.
  const content = new win.DOMParser().parseFromString(sanitizeHtml(win, article.html), 'text/html').body;
  embed(doc, content, options.images ?? {});
  const body = el(doc, 'article');
  body.append(...Array.from(content.childNodes));

  doc.body.append(header(doc, article, options.savedAt), body);
  const extra = appendix(doc, analysis);
  if (extra) doc.body.append(extra);
  return '<!doctype html>\n' + doc.documentElement.outerHTML + '\n';
}
