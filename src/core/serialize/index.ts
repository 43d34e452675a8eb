import type { DomWindow } from './window';
import type { Analysis, Article } from '../types';
import { fileNameFor } from './filename';
import { toHtml } from './html';
import type { SaveFormat } from './formats';
import type { EmbeddedImages } from './images';
import { toMarkdown } from './markdown';
import { toText } from './text';

/** A saved copy: each format is one function from the article (and its analysis) to a file. */
export { FORMAT_LABELS, isSaveFormat, SAVE_FORMATS, type SaveFormat } from './formats';

const MIME: Record<SaveFormat, string> = {
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
};

export interface SavedFile {
  name: string;
  mime: string;
  content: string;
}

export interface SaveOptions {
  /** ISO date and time of saving. */
  savedAt: string;
  /** Embedded images for HTML, src → data URL. */
  images?: EmbeddedImages;
}

export function serialize(format: SaveFormat, win: DomWindow, article: Article, analysis: Analysis, options: SaveOptions): SavedFile {
  const content =
    format === 'html' ? toHtml(win, article, analysis, options)
    : format === 'md' ? toMarkdown(win, article, analysis, options)
    : toText(article, analysis, options);
  return { name: fileNameFor(article.title, format), mime: MIME[format], content };
}
