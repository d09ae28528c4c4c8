import type { Writable } from 'node:stream';

/**
 * How far an export has come, told by its writers (CSV and XLSX) to whoever watches the stream
 * they write to: a background export job. A download streamed to a browser has no watcher.
 */
const watchers = new WeakMap<Writable, (rows: number) => void>();

export function watchRows(out: Writable, onRows: (rows: number) => void): void {
  watchers.set(out, onRows);
}

/** Called by a writer after each batch it took, with the batch's rows (the header row counts). */
export function rowsWritten(out: Writable, rows: number): void {
  watchers.get(out)?.(rows);
}
