/** Export the whole library (JSON Lines, or a zip of HTML + Markdown) and import it back. */
import { JSONL_NAME, parseExport, toJsonLines, toZip } from '../../core/library/transfer';
import { allRecords, putRecords } from '../../platform/library-db';
import { asksWhereToSave, downloadBlob, setAskWhereToSave } from '../../platform/downloads';
import { $, alertUser, errorText, notify } from './dom';
import { refreshList } from './list';

const stamp = () => new Date().toISOString().slice(0, 10);

async function exportAs(kind: 'jsonl' | 'zip'): Promise<void> {
  try {
    const records = await allRecords();
    const blob = kind === 'jsonl'
      ? new Blob([toJsonLines(records)], { type: 'application/jsonl' })
      : new Blob([toZip(window, records) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
    const name = kind === 'jsonl' ? JSONL_NAME.replace('.jsonl', `-${stamp()}.jsonl`) : `verbatim-library-${stamp()}.zip`;
    await downloadBlob(blob, name);
    notify(`Exported ${records.length} article${records.length === 1 ? '' : 's'} to “${name}”.`);
  } catch (error) {
    alertUser(`Could not export: ${errorText(error)}`);
  }
}

async function importFile(file: File): Promise<void> {
  notify(`Importing “${file.name}”…`);
  try {
    const records = await parseExport(window, new Uint8Array(await file.arrayBuffer()));
    const added = await putRecords(records);
    const skipped = records.length - added;
    notify(`Imported ${added} article${added === 1 ? '' : 's'} from “${file.name}”${skipped ? ` (${skipped} already in the library)` : ''}.`);
    await refreshList();
  } catch (error) {
    alertUser(`Nothing was imported from “${file.name}”: ${errorText(error)}`);
  }
}

export async function wireTransfer(): Promise<void> {
  $('export-jsonl').addEventListener('click', () => void exportAs('jsonl'));
  $('export-zip').addEventListener('click', () => void exportAs('zip'));
  const input = $<HTMLInputElement>('import');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void importFile(file);
  });
  const ask = $<HTMLInputElement>('ask-where');
  ask.checked = await asksWhereToSave();
  ask.addEventListener('change', () => void setAskWhereToSave(ask.checked));
}
