import { recordCsv, recordFileName, recordJson, type SessionRecord } from '../../lib/session/record';

/** Offers text as a file to save (nothing leaves the device: the file is made in the browser). */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers a record as a file: CSV for Excel, or JSON. */
export function exportRecord(record: SessionRecord, kind: 'csv' | 'json'): void {
  if (kind === 'csv') download(recordFileName(record, 'csv'), recordCsv(record), 'text/csv;charset=utf-8');
  else download(recordFileName(record, 'json'), recordJson(record), 'application/json');
}
