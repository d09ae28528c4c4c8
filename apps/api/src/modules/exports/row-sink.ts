import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { rowsWritten } from './export-progress';
import { xlsxStream, type XlsxCell } from './xlsx-stream';

export type ExportFormat = 'xlsx' | 'csv';

/** Rows → file, streamed a batch at a time. CSV: UTF-8 with BOM (Excel then reads Vietnamese right). */
export interface RowSink<C = string> {
  /** Throws once the client has gone away, so an abandoned download stops reading the database. */
  rows(list: C[][]): Promise<void>;
  end(): Promise<void>;
}

export function csvSink(out: Writable): RowSink {
  const quote = (v: string) => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  let buffer = '\ufeff';
  const flush = async () => {
    if (out.destroyed) {
      throw new Error('export: the client closed the connection');
    }
    if (!out.write(buffer)) {
      await once(out, 'drain');
    }
    buffer = '';
  };
  return {
    async rows(list) {
      for (const values of list) {
        buffer += `${values.map(quote).join(',')}\r\n`;
      }
      rowsWritten(out, list.length);
      if (buffer.length > 64 * 1024) {
        await flush();
      }
    },
    async end() {
      await flush();
      out.end();
    },
  };
}

export function xlsxSink(out: Writable, sheet: string): RowSink<XlsxCell> {
  const writer = xlsxStream(out, sheet);
  return { rows: (list) => writer.rows(list), end: () => writer.end() };
}
