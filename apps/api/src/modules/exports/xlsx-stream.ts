import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import archiver from 'archiver';
import { rowsWritten } from './export-progress';

/**
 * A one-sheet .xlsx of text cells, streamed: rows go out as they come, zipped on the fly by
 * archiver, so memory stays flat however many rows there are. exceljs's streaming writer builds a
 * cell object per value and tops out near 4,000 rows/s at twenty columns on this machine; a list
 * export needs only inline strings and a bold header, which this writes directly as sheet XML.
 */
export interface XlsxStream {
  /** Resolves once the rows are buffered; waits while the client is slower than the database. */
  rows(list: readonly (readonly XlsxCell[])[]): Promise<void>;
  end(): Promise<void>;
}

/**
 * A cell: text, or a number shown as money (`#,##0`), a date (`dd/mm/yyyy`) or a date and time
 * (`dd/mm/yyyy hh:mm`); dates are Excel serial days (see `excelSerial`).
 */
export type XlsxCell = string | { number: number; format?: 'money' | 'date' | 'datetime' };

/** Style index per number format (cellXfs below: 0 plain, 1 bold header). */
const NUMBER_STYLE = { plain: 0, money: 2, date: 3, datetime: 4 } as const;

/** Days since 1899-12-30 of a wall-clock time given as UTC milliseconds (Excel's date serial). */
export function excelSerial(utcMs: number): number {
  return utcMs / 86_400_000 + 25_569;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text in XML; characters XML 1.0 cannot carry at all (other control characters) are dropped. */
export function xmlText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '',
  );
}

/** A, B, …, Z, AA, AB, … */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function staticParts(sheetName: string): [string, string][] {
  return [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>` +
        `<sheet name="${xmlText(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `${XML}<styleSheet xmlns="${NS}">` +
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>' +
        '<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>' +
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
        '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
        '</styleSheet>',
    ],
  ];
}

/** The first row written is the header (bold, frozen). */
export function xlsxStream(out: Writable, sheetName: string): XlsxStream {
  // Level 1: the XML is repetitive, so the file is still small, and deflate stays off the hot path.
  const zip = archiver('zip', { zlib: { level: 1 } });
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('close', resolve);
    out.once('error', reject);
    zip.once('error', reject);
  });
  zip.pipe(out);
  for (const [name, text] of staticParts(sheetName)) {
    zip.append(text, { name });
  }
  const sheet = new PassThrough();
  zip.append(sheet, { name: 'xl/worksheets/sheet1.xml' });
  let buffer =
    `${XML}<worksheet xmlns="${NS}"><sheetViews><sheetView workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetData>';
  let rowNo = 0;
  const letters: string[] = [];

  // One listener for the client going away, however many times the writer waits for a drain.
  const gone = new Promise<never>((_, reject) => {
    out.once('close', () => reject(new Error('export: the client closed the connection')));
  });
  gone.catch(() => undefined);
  const flush = async () => {
    if (out.destroyed) {
      throw new Error('export: the client closed the connection');
    }
    const ok = sheet.write(buffer);
    buffer = '';
    if (!ok) {
      await Promise.race([once(sheet, 'drain'), gone]);
    }
  };

  const add = (values: readonly XlsxCell[]) => {
    rowNo += 1;
    const style = rowNo === 1 ? ' s="1"' : '';
    let xml = `<row r="${rowNo}">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === '') {
        continue;
      }
      const letter = (letters[i] ??= columnLetter(i));
      if (typeof v === 'string') {
        xml += `<c r="${letter}${rowNo}" t="inlineStr"${style}><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
      } else if (Number.isFinite(v.number)) {
        const s = NUMBER_STYLE[v.format ?? 'plain'];
        xml += `<c r="${letter}${rowNo}"${s ? ` s="${s}"` : ''}><v>${v.number}</v></c>`;
      }
    }
    buffer += `${xml}</row>`;
  };

  return {
    async rows(list) {
      for (const values of list) {
        add(values);
      }
      rowsWritten(out, list.length);
      if (buffer.length > 256 * 1024) {
        await flush();
      }
    },
    async end() {
      buffer += '</sheetData></worksheet>';
      await flush();
      sheet.end();
      await zip.finalize();
      await done;
    },
  };
}
