import type { DomWindow } from './window';
import type { Analysis, Article } from '../types';
import { fileNameFor } from './filename';
import { toHtml } from './html';
import type { EmbeddedImages } from './images';
import { toMarkdown } from './markdown';
import { toText } from './text';

/** A saved copy: each format is one function from the article (and its analysis) to a file. */
export const SAVE_FORMATS = ['html', 'md', 'txt'] as const;
export type SaveFormat = (typeof SAVE_FORMATS)[number];

export const FORMAT_LABELS: Record<SaveFormat, string> = { html: 'HTML', md: 'Markdown', txt: 'Text' };

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

export function isSaveFormat(value: string): value is SaveFormat {
  return (SAVE_FORMATS as readonly string[]).includes(value);
}

export function serialize(format: SaveFormat, win: DomWindow, article: Article, analysis: Analysis, options: SaveOptions): SavedFile {
  const content =
    format === 'html' ? toHtml(win, article, analysis, options)
    : format === 'md' ? toMarkdown(win, article, analysis, options)
    : toText(article, analysis, options);
  return { name: fileNameFor(article.title, format), mime: MIME[format], content };
}
