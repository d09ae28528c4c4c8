import { IMPORT_FIELDS, neutraliseCell, translate, type ImportModule, type Locale } from '@sen/shared';
import { loadExcelJS } from '../exports/exceljs-lazy';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { cellText } from './import-cells';
import type { Cell } from './import-file.reader';
import type { ImportJob } from './import-job.entity';
import type { RowError } from './import-module';

const PAGE = 2000;

function text(v: string | undefined): string {
  return v === undefined ? '' : neutraliseCell(v);
}

/** The refused rows as they were in the file, plus "Dòng" and "Lý do" (streamed page by page). */
export async function writeErrorReport(
  ds: DataSource,
  job: ImportJob,
  locale: Locale,
  out: Writable,
): Promise<void> {
  const wb = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(locale === 'en' ? 'Errors' : 'Lỗi');
  const labels = IMPORT_FIELDS[job.module as ImportModule] ?? [];
  const fieldName = (f: string) => {
    const spec = labels.find((l) => l.field === f);
    return spec ? (locale === 'en' ? spec.en : spec.vi) : f;
  };
  ws.addRow([
    locale === 'en' ? 'Row' : 'Dòng',
    ...job.columns,
    locale === 'en' ? 'Reason' : 'Lý do',
  ]).commit();
  let after = 0;
  for (;;) {
    const rows: { row_no: number; reasons: RowError[]; cells: Cell[] }[] = await ds.query(
      `SELECT row_no, reasons, cells FROM import_row_error WHERE job_id = $1 AND row_no > $2
        ORDER BY row_no LIMIT $3`,
      [job.id, after, PAGE],
    );
    for (const r of rows) {
      const reason = r.reasons
        .map((e) => `${fieldName(e.field)}: ${translate(locale, e.message, e.params)}`)
        .join('; ');
      const cells = job.columns.map((_, i) => text(cellText(r.cells[i] ?? null)));
      ws.addRow([r.row_no, ...cells, text(reason)]).commit();
    }
    if (rows.length < PAGE) {
      break;
    }
    after = rows[rows.length - 1].row_no;
  }
  ws.commit();
  await wb.commit();
}

/** IMP-04: an empty sheet with the module's headers, required ones marked `*`. */
export async function writeTemplate(module: ImportModule, locale: Locale, out: Writable): Promise<void> {
  const wb = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(locale === 'en' ? 'Data' : 'Dữ liệu');
  const fields = IMPORT_FIELDS[module];
  ws.columns = fields.map((f) => ({
    header: `${locale === 'en' ? f.en : f.vi}${f.required ? ' *' : ''}`,
    width: 24,
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  ws.commit();
  await wb.commit();
}
