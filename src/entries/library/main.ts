/**
 * The library page: the list with search (default), one article read offline
 * (`?open=ID`), or saving a tab's article (`?save=TAB&format=F`, opened by the
 * context menu and the keyboard command).
 */
import { getRecord } from '../../platform/library-db';
import { alertUser, errorText } from './dom';
import { showList } from './list';
import { showRecord } from './read-view';
import { saveFromTab } from './save-from-tab';
import { wireTransfer } from './transfer';

async function run(): Promise<void> {
  const params = new URLSearchParams(location.search);
  await wireTransfer();
  const save = params.get('save');
  const open = params.get('open');
  if (save) return saveFromTab(Number(save), params.get('format') ?? 'html');
  if (open) {
    const record = await getRecord(open);
    if (record) return showRecord(record);
    alertUser('That article is no longer in the library.');
  }
  await showList();
}

run().catch((error: unknown) => alertUser(`The library could not open: ${errorText(error)}`));
