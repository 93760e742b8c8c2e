import 'server-only';
import { stringify } from 'csv-stringify/sync';
import type { ExportValue, TableExport } from './table-exports';

/**
 * CSV as a stream: one batch of rows at a time is written when the client reads, so a big export
 * never sits in memory whole. UTF-8 with a byte-order mark, so spreadsheets read the accents.
 */
export function csvStream(data: TableExport): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let first = true;
  return new ReadableStream({
    pull(controller) {
      const next = data.batches.next();
      const rows = next.done ? [] : next.value.map((row) => row.map(csvCell));
      if (first || rows.length) {
        controller.enqueue(encoder.encode(stringify(rows, { bom: first, header: first, columns: data.columns.map((c) => c.header) })));
      }
      first = false;
      if (next.done) controller.close();
    },
  });
}

/** A text that a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
const csvCell = (value: ExportValue) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : (value ?? ''));
