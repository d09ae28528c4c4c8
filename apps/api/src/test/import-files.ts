import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { IMPORT_FIELDS, type ImportModule } from '@sen/shared';
import type { TestApp } from './harness';

/** A file's header row: the import's (Vietnamese) labels of `fields`, named by field and a space apart. */
export function header(module: ImportModule, fields: string): string[] {
  return fields.split(' ').map((f) => IMPORT_FIELDS[module].find((spec) => spec.field === f)!.vi);
}

export interface UploadResult {
  status: number;
  body: { jobId?: string; code?: string; message?: string; totalRows?: number; columns?: string[] };
}

export async function upload(
  app: TestApp,
  token: string | null,
  module: string,
  content: Buffer | string,
  fileName: string,
  lang?: string,
): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', new Blob([content]), fileName);
  const headers: Record<string, string> = {};
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }
  if (lang) {
    headers['accept-language'] = lang;
  }
  const res = await fetch(`${app.url}/files/import/${module}`, { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as UploadResult['body'] };
}

export async function download(app: TestApp, token: string, path: string, lang?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (lang) {
    headers['accept-language'] = lang;
  }
  const res = await fetch(`${app.url}${path}`, { headers });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

export async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) {
    ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The first sheet's rows as text (1-based cells flattened to 0-based arrays). */
export async function readXlsx(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

/** A minimal zip writer, to build hostile archives exceljs would never write. */
export function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const crc = crc32(e.data);
    // Both headers carry the same fields from "version needed" on: at 4 in the local one, at 6 in the central one.
    const header = (size: number, signature: number, at: number) => {
      const h = Buffer.alloc(size);
      h.writeUInt32LE(signature, 0);
      h.writeUInt16LE(20, at); // version needed
      h.writeUInt16LE(8, at + 4); // deflate
      h.writeUInt32LE(crc, at + 10);
      h.writeUInt32LE(packed.length, at + 14);
      h.writeUInt32LE(e.declaredSize ?? e.data.length, at + 18);
      h.writeUInt16LE(name.length, at + 22);
      return h;
    };
    const local = header(30, 0x04034b50, 4);
    const central = header(46, 0x02014b50, 6);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const JOB_FIELDS = `id module fileName status columns suggestedMapping { column field } mode dryRun totalRows
  processedRows created updated skipped failed errors(first: 50) { row field message } failureMessage resumable
  createdBy { email } createdAt finishedAt`;

export interface JobView {
  id: string;
  status: string;
  columns: string[];
  suggestedMapping: { column: string; field: string | null }[];
  mode: string | null;
  dryRun: boolean;
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  errors: { row: number; field: string; message: string }[];
  failureMessage: string | null;
  resumable: boolean;
  createdBy: { email: string };
}

export function jobs(app: TestApp) {
  return {
    async get(token: string, id: string, lang?: string): Promise<JobView> {
      const r = await app.gql<{ importJob: JobView }>(
        `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`,
        { id },
        { token, lang },
      );
      if (!r.data) {
        throw new Error(JSON.stringify(r.errors));
      }
      return r.data.importJob;
    },
    run(token: string, vars: Record<string, unknown>) {
      return app.gql<{ runImport: JobView }>(
        `mutation($jobId: ID!, $mode: ImportMode!, $dryRun: Boolean, $mapping: [ColumnMappingInput!], $convert: Boolean) {
          runImport(jobId: $jobId, mode: $mode, dryRun: $dryRun, mapping: $mapping, convertOldMobilePrefixes: $convert) { ${JOB_FIELDS} } }`,
        vars,
        { token },
      );
    },
    /** Runs and waits for the end (runs are background work). */
    async runToEnd(token: string, vars: Record<string, unknown>, lang?: string): Promise<JobView> {
      const r = await this.run(token, vars);
      if (!r.data) {
        throw new Error(JSON.stringify(r.errors));
      }
      await app.server.services.imports.idle();
      return this.get(token, vars.jobId as string, lang);
    },
  };
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An .xlsx as tools other than exceljs write it: one sheet of inline strings, no shared strings. */
export function inlineStringXlsx(rows: string[][]): Buffer {
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map(
      (r, ri) =>
        `<row r="${ri + 1}">${r
          .map((v, ci) => `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`)
          .join('')}</row>`,
    )
    .join('');
  const xml = (body: string) =>
    Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip([
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(`<worksheet xmlns="${MAIN}"><sheetData>${sheetRows}</sheetData></worksheet>`),
    },
  ]);
}
