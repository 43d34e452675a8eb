/** The list of saved articles: search, open, delete with undo. */
import type { LibraryEntry, LibraryRecord } from '../../core/library/record';
import { search, searchable, type Searchable } from '../../core/library/search';
import { deleteRecord, listEntries, putRecord } from '../../platform/library-db';
import { $, alertUser, errorText, notify, shortDate } from './dom';

let items: Searchable[] = [];
/** Deleted articles, most recent last, until the page closes. */
const deleted: LibraryRecord[] = [];

function row(entry: LibraryEntry): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.id = entry.id;
  const info = document.createElement('div');
  info.className = 'info';
  const title = document.createElement('a');
  title.className = 'title';
  title.href = `?open=${encodeURIComponent(entry.id)}`;
  title.textContent = entry.title;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [entry.siteName, shortDate(entry.published ?? entry.savedAt), `${entry.readingMinutes} min read`].filter(Boolean).join(' · ');
  info.append(title, meta);
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'delete';
  remove.textContent = 'Delete';
  remove.setAttribute('aria-label', `Delete “${entry.title}”`);
  remove.addEventListener('click', () => void removeEntry(entry));
  li.append(info, remove);
  return li;
}

function render(): void {
  const query = $<HTMLInputElement>('search').value;
  const shown = search(items, query);
  $('entries').replaceChildren(...shown.map(row));
  const total = items.length;
  $('count').textContent = query.trim() ? `${shown.length} of ${total} articles` : `${total} article${total === 1 ? '' : 's'}`;
  const empty = $('empty');
  empty.hidden = shown.length > 0;
  empty.textContent = total === 0
    ? 'Nothing saved yet. Save an article from the Verbatim button, the page’s context menu, or Alt+Shift+S.'
    : `No saved article matches “${query.trim()}”.`;
}

export async function refreshList(): Promise<void> {
  items = (await listEntries()).map(searchable);
  render();
}

async function removeEntry(entry: LibraryEntry): Promise<void> {
  try {
    const record = await deleteRecord(entry.id);
    if (record) deleted.push(record);
    $('undo-text').textContent = `Deleted “${entry.title}”.`;
    $('undo').hidden = false;
    await refreshList();
  } catch (error) {
    alertUser(`Could not delete: ${errorText(error)}`);
  }
}

async function undo(): Promise<void> {
  const record = deleted.pop();
  if (!record) return;
  try {
    await putRecord(record);
    notify(`Restored “${record.title}”.`);
    $('undo').hidden = deleted.length === 0;
    if (deleted.length) $('undo-text').textContent = `Deleted “${deleted.at(-1)!.title}”.`;
    await refreshList();
  } catch (error) {
    deleted.push(record);
    alertUser(`Could not restore: ${errorText(error)}`);
  }
}

export async function showList(): Promise<void> {
  $<HTMLInputElement>('search').addEventListener('input', render);
  $('undo-button').addEventListener('click', () => void undo());
  await refreshList();
  $('read-view').hidden = true;
  $('list-view').hidden = false;
}
