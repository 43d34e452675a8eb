/**
 * Save the current article: a clean copy through the downloads API and the
 * same article into the library. Used by the popup, the reader and the library
 * page (which the context menu and the keyboard command open).
 */
import { toRecord } from '../core/library/record';
import { imageSources, withEmbeddedImages, type EmbeddedImages } from '../core/serialize/images';
import { serialize, type SaveFormat } from '../core/serialize/index';
import type { DomWindow } from '../core/serialize/window';
import type { Analysis, Article } from '../core/types';
import { putRecord } from './library-db';
import { sendToBackground, sendToTab } from './messages';

export interface SaveResult {
  fileName: string;
  /** The library entry's id (null when it could not be kept). */
  id: string | null;
  /** Null when the copy is in the library; otherwise why not (the download still happened). */
  libraryError: string | null;
  /** Null when the browser took the file; otherwise why not (e.g. the user cancelled "Save as"). */
  downloadError: string | null;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Quotes and people, computed here only when the caller has not already. Loaded lazily: the NLP is the heaviest module. */
async function analysisOf(article: Article): Promise<Analysis> {
  const { analyze } = await import('../core/nlp/index');
  return analyze(article.text, { byline: article.byline, lang: article.lang });
}

/** The tab's content script fetches the images (it has the page's access); without a tab, they stay linked. */
async function tabImages(win: DomWindow, tabId: number | null, html: string): Promise<EmbeddedImages> {
  const sources = imageSources(win, html);
  if (tabId === null || sources.length === 0) return {};
  try {
    return await sendToTab(tabId, 'images', { sources });
  } catch {
    return {};
  }
}

export async function saveArticle(
  win: DomWindow,
  options: { article: Article; format: SaveFormat; tabId: number | null; analysis?: Analysis },
): Promise<SaveResult> {
  const { article, format, tabId } = options;
  const analysis = options.analysis ?? (await analysisOf(article));
  const images = await tabImages(win, tabId, article.html);
  const savedAt = new Date().toISOString();
  const file = serialize(format, win, article, analysis, { savedAt, images });
  let libraryError: string | null = null;
  let id: string | null = null;
  try {
    const record = await toRecord(article, withEmbeddedImages(win, article.html, images), analysis, savedAt);
    await putRecord(record);
    id = record.id;
  } catch (error) {
    libraryError = message(error);
  }
  let downloadError: string | null = null;
  try {
    await sendToBackground('download', file);
  } catch (error) {
    downloadError = message(error);
  }
  return { fileName: file.name, id, libraryError, downloadError };
}
