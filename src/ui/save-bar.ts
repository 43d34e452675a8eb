/**
 * The Save buttons (HTML / Markdown / Text) and the line that says what
 * happened. Shared by the popup, the reader and the library's read view.
 */
import { FORMAT_LABELS, SAVE_FORMATS, type SaveFormat } from '../core/serialize/formats';
import type { SaveResult } from '../platform/save-copy';

/** One sentence for what happened to the file and to the library entry. */
export function saveSummary(result: SaveResult): string {
  const file = result.downloadError ? `The file “${result.fileName}” was not saved (${result.downloadError})` : `Saved “${result.fileName}”`;
  if (result.libraryError) return `${file}. Not kept in the library: ${result.libraryError}`;
  return result.downloadError ? `${file}, but the article is kept in the library.` : `${file} and kept it in the library.`;
}

export function saveBar(save: (format: SaveFormat) => Promise<SaveResult>): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'save-bar';
  const group = document.createElement('div');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Save a clean copy');
  const label = document.createElement('span');
  label.className = 'save-label';
  label.textContent = 'Save:';
  group.append(label);
  const status = document.createElement('p');
  status.className = 'save-status';
  status.setAttribute('role', 'status');
  const buttons = SAVE_FORMATS.map((format) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.format = format;
    button.textContent = FORMAT_LABELS[format];
    button.title = `Save a clean copy as ${FORMAT_LABELS[format]} (to your downloads and the library)`;
    button.addEventListener('click', async () => {
      for (const b of buttons) b.disabled = true;
      status.className = 'save-status';
      status.textContent = 'Saving…';
      try {
        const result = await save(format);
        status.textContent = saveSummary(result);
        if (result.libraryError || result.downloadError) status.className = 'save-status error';
        status.dataset.saved = format;
      } catch (error) {
        status.className = 'save-status error';
        status.textContent = `Could not save: ${error instanceof Error ? error.message : String(error)}`;
      } finally {
        for (const b of buttons) b.disabled = false;
      }
    });
    return button;
  });
  group.append(...buttons);
  bar.append(group, status);
  return bar;
}
