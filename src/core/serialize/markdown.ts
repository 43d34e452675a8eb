import type { DomWindow } from './window';
import TurndownService from 'turndown';
import { strikethrough, taskListItems } from 'turndown-plugin-gfm';
import type { Analysis, Article } from '../types';
import { copyFacts, listedQuotes } from './appendix';
import { ORIGINAL_SRC } from './images';
import { tableRule } from './markdown-tables';
import { frontMatter } from './yaml';

/**
 * Markdown with YAML front matter (title, author, site, published, url, saved,
 * people, quotes) and the article body converted by turndown with GFM
 * extensions. Images stay linked (to their original address when the
 * markup has them embedded): data URLs make Markdown unreadable.
 */

function converter(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    hr: '---',
  });
  service.use([strikethrough, taskListItems]);
  tableRule(service);
  // A <pre> without <code> is still code: keep its lines as they are.
  service.addRule('preformatted', {
    filter: (node) => node.nodeName === 'PRE' && node.firstElementChild?.nodeName !== 'CODE',
    replacement: (_content, node) => {
      const text = (node.textContent ?? '').replace(/\n$/, '');
      const fence = '`'.repeat(Math.max(3, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length + 1)));
      return `\n\n${fence}\n${text}\n${fence}\n\n`;
    },
  });
  // Destinations with spaces or parentheses would end the link early; percent-encode them.
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as HTMLImageElement;
      const given = img.getAttribute('src') ?? '';
      const src = (given.startsWith('data:') ? img.getAttribute(ORIGINAL_SRC) ?? given : given).replace(/[\s()]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
      if (!src) return '';
      const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').replace(/([[\]\\])/g, '\\$1');
      const title = img.getAttribute('title');
      return `![${alt}](${src}${title ? ` "${title.replace(/\s+/g, ' ').replace(/"/g, '\\"')}"` : ''})`;
    },
  });
  return service;
}

export function bodyMarkdown(win: DomWindow, html: string): string {
  const body = new win.DOMParser().parseFromString(html, 'text/html').body;
  return converter().turndown(body).trim();
}

export function toMarkdown(win: DomWindow, article: Article, analysis: Analysis, options: { savedAt: string }): string {
  const facts = copyFacts(article, options.savedAt);
  const head = frontMatter({
    title: facts.title,
    author: facts.byline,
    site: facts.site,
    published: facts.published,
    url: facts.url,
    saved: facts.saved,
    people: analysis.people.map((p) => ({ name: p.name, role: p.role })),
    quotes: listedQuotes(analysis).map((q) => ({ text: q.text, speaker: q.speaker })),
  });
  const title = '# ' + facts.title.replace(/([\\`*_[\]#<>])/g, '\\$1');
  return `${head}\n${title}\n\n${bodyMarkdown(win, article.html)}\n`;
}
