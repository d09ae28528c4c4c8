import { createReadStream, createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { AppError, restoreCell } from '@sen/shared';
import { parse } from 'csv-parse';
import type { FileKind } from './import-file-check';
import { loadSheetJS } from './sheetjs-lazy';
import { readXlsxSheet, XlsxCellTooLong } from './xlsx-sheet.reader';

/** One cell as the engine sees it: a real date cell keeps its calendar day. */
export type Cell = string | number | boolean | { date: string } | null;

export interface FileRow {
  /** The row's number in the file (the header is row 1 in most files), for error reports. */
  rowNo: number;
  cells: Cell[];
}

export interface ConvertedFile {
  columns: string[];
  totalRows: number;
}

const bad = (messageKey: string, params?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', { messageKey, params });

/**
 * Past these, a file is refused before it is read further: Excel itself holds at most 32,767
 * characters in a cell, and no spreadsheet row of contacts comes near a megabyte. A .csv line is
 * capped while it is read (a 45 MB "cell" is never gathered whole).
 */
export const CELL_LIMITS = { maxCellChars: 32_767, maxLineBytes: 1024 * 1024 };

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) {
    return null;
  }
  if (typeof v === 'string') {
    const text = restoreCell(v);
    return text.trim() === '' ? null : text;
  }
  if (typeof v === 'number') {
    return Number.isFinite(v) ? v : null;
  }
  if (typeof v === 'boolean') {
    return v;
  }
  if (v instanceof Date) {
    // exceljs reads a date serial as that day at 00:00 UTC.
    return Number.isNaN(v.getTime()) ? null : { date: v.toISOString().slice(0, 10) };
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return cellOf((o.richText as { text: string }[]).map((r) => r.text).join(''));
    }
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) {
      return cellOf(o.result);
    }
    if (typeof o.text === 'string') {
      return cellOf(o.text);
    }
  }
  return null;
}

function isBlank(cells: Cell[]): boolean {
  return cells.every((c) => c === null);
}

/** Header texts made unique and non-empty, so each can be mapped on its own. */
function headerOf(cells: Cell[]): string[] {
  if (cells.some((c) => c !== null && typeof c !== 'string')) {
    throw bad('import.noHeader');
  }
  let last = cells.length;
  while (last > 0 && cells[last - 1] === null) {
    last--;
  }
  const seen = new Map<string, number>();
  return cells.slice(0, last).map((c, i) => {
    const base = typeof c === 'string' ? c.normalize('NFC').trim().replace(/\s+/g, ' ') : `#${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

class RowsWriter {
  private readonly out: WriteStream;
  columns: string[] | null = null;
  totalRows = 0;
  private pending = '';

  constructor(
    path: string,
    private readonly maxRows: number,
  ) {
    this.out = createWriteStream(path);
    // A refused file is destroyed mid-write; the caller reports the refusal, not this.
    this.out.on('error', () => undefined);
  }

  /** The first non-blank row is the header; later ones are data (blank rows are dropped). */
  async add(rowNo: number, cells: Cell[]): Promise<void> {
    const long = cells.findIndex((c) => typeof c === 'string' && c.length > CELL_LIMITS.maxCellChars);
    if (long >= 0) {
      throw bad('import.cellTooLong', {
        row: rowNo,
        column: this.columns?.[long] ?? `#${long + 1}`,
        max: CELL_LIMITS.maxCellChars.toLocaleString('en-US'),
      });
    }
    if (isBlank(cells)) {
      return;
    }
    if (!this.columns) {
      this.columns = headerOf(cells);
      return;
    }
    this.totalRows++;
    if (this.totalRows > this.maxRows) {
      throw bad('import.tooManyRows', { max: this.maxRows });
    }
    const width = this.columns.length;
    this.pending += `${JSON.stringify([rowNo, ...cells.slice(0, width)])}\n`;
    if (this.pending.length >= 64 * 1024) {
      await this.flush();
    }
  }

  /** Lines go out 64 KB at a time: one stream write per row costs more than the row's JSON. */
  private async flush(): Promise<void> {
    const chunk = this.pending;
    this.pending = '';
    if (chunk && !this.out.write(chunk)) {
      await once(this.out, 'drain');
    }
  }

  async finish(): Promise<ConvertedFile> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
    if (!this.columns) {
      throw bad('import.emptySheet');
    }
    if (this.totalRows === 0) {
      throw bad('import.noRows');
    }
    return { columns: this.columns, totalRows: this.totalRows };
  }

  destroy(): void {
    this.out.destroy();
  }
}

async function readXlsx(filePath: string, w: RowsWriter): Promise<void> {
  try {
    await readXlsxSheet(
      filePath,
      async (rows) => {
        for (const row of rows) {
          const cells: Cell[] = new Array<Cell>(row.cells.length);
          for (let i = 0; i < row.cells.length; i++) {
            const v = row.cells[i];
            cells[i] = typeof v === 'string' ? cellOf(v) : v;
          }
          await w.add(row.rowNo, cells);
        }
      },
      CELL_LIMITS,
    );
  } catch (err) {
    if (err instanceof XlsxCellTooLong) {
      throw bad('import.cellTooLong', {
        row: err.rowNo,
        column: w.columns?.[err.col] ?? `#${err.col + 1}`,
        max: CELL_LIMITS.maxCellChars.toLocaleString('en-US'),
      });
    }
    throw err instanceof AppError ? err : bad('import.corrupt');
  }
}

/**
 * A legacy .xls or an OpenDocument .ods, read whole by SheetJS (their size was bounded by
 * `detectFileKind`). Date cells are date serials with a date format: their calendar day is taken
 * from the serial itself, whatever the server's time zone.
 */
async function readWholeWorkbook(filePath: string, w: RowsWriter): Promise<void> {
  const sheetjs = await loadSheetJS();
  const buffer = await readFile(filePath);
  let workbook: ReturnType<typeof sheetjs.read>;
  // SheetJS reports some ODS number formats on console.error; reading is synchronous, so nothing
  // else logs while it is silenced.
  const log = console.error;
  console.error = () => undefined;
  try {
    workbook = sheetjs.read(buffer, {
      type: 'buffer',
      dense: true,
      sheets: 0,
      cellNF: true,
      cellHTML: false,
    });
  } catch (err) {
    throw bad(/password|encrypt/i.test(String(err)) ? 'import.encrypted' : 'import.corrupt');
  } finally {
    console.error = log;
  }
  const sheet = workbook.Sheets[workbook.SheetNames[0]];
  const data = (sheet?.['!data'] ?? []) as (SheetJSCell | null | undefined)[][];
  for (let r = 0; r < data.length; r++) {
    const row = data[r] ?? [];
    const cells: Cell[] = [];
    for (let c = 0; c < row.length; c++) {
      cells.push(sheetCell(row[c], sheetjs.SSF));
    }
    await w.add(r + 1, cells);
  }
}

interface SheetJSCell {
  t: string;
  v?: unknown;
  z?: string | number;
}

function sheetCell(
  cell: SheetJSCell | null | undefined,
  ssf: {
    is_date(fmt: string | number): boolean;
    parse_date_code(v: number): { y: number; m: number; d: number };
  },
): Cell {
  if (!cell || cell.t === 'e' || cell.t === 'z') {
    return null;
  }
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.z !== undefined && ssf.is_date(cell.z)) {
    const { y, m, d } = ssf.parse_date_code(cell.v);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { date: `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}` };
  }
  return cellOf(cell.v);
}

/** `,` or `;`, whichever the header line uses more (Excel in Vietnamese locales writes `;`). */
async function sniffDelimiter(filePath: string): Promise<string> {
  const stream = createReadStream(filePath, { start: 0, end: 64 * 1024 - 1, encoding: 'utf8' });
  let sample = '';
  for await (const chunk of stream) {
    sample += chunk as string;
  }
  const firstLine = sample.replace(/"[^"]*"/g, '').split(/\r?\n/)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

async function readCsv(filePath: string, w: RowsWriter): Promise<void> {
  const delimiter = await sniffDelimiter(filePath);
  const parser = createReadStream(filePath).pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: CELL_LIMITS.maxLineBytes,
    }),
  );
  let rowNo = 0;
  try {
    for await (const record of parser) {
      rowNo++;
      await w.add(
        rowNo,
        (record as string[]).map((v) => cellOf(v)),
      );
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      throw bad('import.lineTooLong', {
        row: (err as { lines?: number }).lines ?? rowNo + 1,
        maxMb: CELL_LIMITS.maxLineBytes / 1024 / 1024,
      });
    }
    throw err instanceof AppError ? err : bad('import.corrupt');
  }
}

/**
 * Reads the whole upload once, checking it, into a compact rows file (one JSON array per line)
 * that the dry run, the run and a resumed run read again cheaply.
 */
export async function convertUpload(
  filePath: string,
  kind: FileKind,
  rowsPath: string,
  maxRows: number,
): Promise<ConvertedFile> {
  // An .xls or .ods is parsed in one synchronous call that takes seconds: in a worker thread, with
  // its own heap limit, so the server keeps answering (compiled code only; tests read in-process).
  if ((kind === 'xls' || kind === 'ods') && existsSync(WORKER)) {
    return convertInWorker(filePath, kind, rowsPath, maxRows);
  }
  return convertHere(filePath, kind, rowsPath, maxRows);
}

const WORKER = path.join(__dirname, 'import-file.worker.js');
/** Heap of the worker reading an .xls/.ods (a 65,000-row file needs about 300 MB). */
const WORKER_HEAP_MB = 768;

function convertInWorker(
  filePath: string,
  kind: FileKind,
  rowsPath: string,
  maxRows: number,
): Promise<ConvertedFile> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { filePath, kind, rowsPath, maxRows },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    worker.once('message', (m: WorkerResult) => {
      settled = true;
      if ('file' in m) {
        resolve(m.file);
      } else {
        reject(bad(m.messageKey, m.params));
      }
    });
    worker.once('error', (err: Error & { code?: string }) => {
      settled = true;
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      reject(
        oom
          ? bad('import.tooBigToReadWhole', { max: WORKER_HEAP_MB, format: `.${kind}` })
          : bad('import.corrupt'),
      );
    });
    worker.once('exit', () => {
      if (!settled) {
        reject(bad('import.corrupt'));
      }
    });
  });
}

export type WorkerResult = { file: ConvertedFile } | { messageKey: string; params: Record<string, unknown> };

/** Reads the upload on this thread (the worker's own entry, and every format but .xls/.ods). */
export async function convertHere(
  filePath: string,
  kind: FileKind,
  rowsPath: string,
  maxRows: number,
): Promise<ConvertedFile> {
  const w = new RowsWriter(rowsPath, maxRows);
  try {
    await (kind === 'xlsx'
      ? readXlsx(filePath, w)
      : kind === 'csv'
        ? readCsv(filePath, w)
        : readWholeWorkbook(filePath, w));
    return await w.finish();
  } catch (err) {
    w.destroy();
    throw err;
  }
}

/** The data rows after the first `skip` ones, in file order. */
export async function* readRows(rowsPath: string, skip = 0): AsyncGenerator<FileRow> {
  const lines = createInterface({ input: createReadStream(rowsPath), crlfDelay: Infinity });
  let index = 0;
  for await (const line of lines) {
    if (line === '' || index++ < skip) {
      continue;
    }
    const [rowNo, ...cells] = JSON.parse(line) as [number, ...Cell[]];
    yield { rowNo, cells };
  }
}
