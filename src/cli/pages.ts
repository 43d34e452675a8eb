/**
 * Pages for the CLI as DOM documents. One jsdom window serves every page of a run:
 * its DOMParser makes each page's document (inert: no scripts, no loads), which
 * saves building a window per page when a batch has thousands.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { InputError } from './load';

export interface PageParser {
  window: Window & typeof globalThis;
  /** A document for `html` whose relative URLs resolve against `url`. */
  parse(html: string, url: string | null, source: string): Document;
}

export function createPageParser(): PageParser {
  const dom = new JSDOM('<!DOCTYPE html><title>verbatim</title>', { url: 'about:blank', virtualConsole: new VirtualConsole() });
  const window = dom.window as unknown as Window & typeof globalThis;
  return {
    window,
    parse(html, url, source) {
      const doc = new window.DOMParser().parseFromString(html, 'text/html');
      if (!doc.body || !doc.body.textContent?.trim()) throw new InputError(`${source}: the page has no body text`);
      // A parsed document's URL is its parser's; a <base> gives Readability and the page's links the real one.
      if (url && !doc.querySelector('base[href]')) {
        const base = doc.createElement('base');
        base.setAttribute('href', url);
        doc.head.prepend(base);
      }
      return doc;
    },
  };
}
