import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zip } from '../../../test/import-files';
import { convertHere, readRows, type FileRow } from '../import-file.reader';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sen-xlsx-reader-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rowsOf(file: Buffer): Promise<FileRow[]> {
  const upload = path.join(dir, `${Math.random()}.xlsx`);
  writeFileSync(upload, file);
  const rowsPath = `${upload}.rows`;
  await convertHere(upload, 'xlsx', rowsPath, 1000);
  const rows: FileRow[] = [];
  for await (const r of readRows(rowsPath)) {
    rows.push(r);
  }
  return rows;
}

/** A workbook as a tool other than exceljs may write it: prefixed names, 1904 dates, two sheets. */
function otherToolXlsx(sheet: string, sharedStrings: string, styles: string): Buffer {
  return zip([
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets>` +
          `<x:sheet name="Dữ liệu" sheetId="2" r:id="rId7"/><x:sheet name="Khác" sheetId="1" r:id="rId1"/>` +
          `</x:sheets></x:workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId7" Type="${REL}/worksheet" Target="/xl/worksheets/data.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="strings.xml"/>` +
          `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
    },
    // The sheet listed second in the workbook, first in the archive: not the one read.
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>sai</t></is></c></row></sheetData></worksheet>`,
      ),
    },
    { name: 'xl/worksheets/data.xml', data: xml(sheet) },
    { name: 'xl/strings.xml', data: xml(sharedStrings) },
    { name: 'xl/styles.xml', data: xml(styles) },
  ]);
}

describe('reading an .xlsx upload (IMP-01, X-09)', () => {
  it('reads the first sheet as other tools write it: prefixes, rich and phonetic runs, entities, CDATA, dates, gaps', async () => {
    const sharedStrings =
      `<sst xmlns="${MAIN}" count="3" uniqueCount="3">` +
      `<si><t>Nguyễn Văn A</t></si>` +
      // Rich text: the runs joined; the phonetic reading is not part of the text.
      `<si><r><rPr><b/></rPr><t>Công ty </t></r><r><t xml:space="preserve">Hoa &amp; Sen </t></r><rPh sb="0" eb="1"><t>コウ</t></rPh></si>` +
      `<si><t>&#x1F600; Đặng &#7875;</t></si></sst>`;
    const styles =
      `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>` +
      `<numFmt numFmtId="165" formatCode="#,##0&quot; ₫&quot;"/></numFmts>` +
      `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
      `<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const sheet =
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
      `<!-- written by hand --><x:row r="2" spans="1:4">` +
      `<x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c><x:c r="D2" t="s"><x:v>2</x:v></x:c></x:row>` +
      `<x:row r="3"><x:c t="inlineStr"><x:is><x:r><x:t>Trần </x:t></x:r><x:r><x:t><![CDATA[<Hưởng> & co]]></x:t></x:r></x:is></x:c>` +
      `<x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="d"><x:v>2024-02-29T00:00:00</x:v></x:c></x:row>` +
      // 1904 system: serial 0 is 1904-01-01; styles 1 and 2 are dates, 3 is money.
      `<x:row r="5"><x:c r="A5" s="1"><x:v>0</x:v></x:c><x:c r="B5" s="2"><x:v>43830.75</x:v></x:c>` +
      `<x:c r="C5" s="3"><x:v>1250000</x:v></x:c><x:c r="D5" t="str"><x:f>A1&amp;"x"</x:f><x:v>a &lt; b</x:v></x:c>` +
      `<x:c r="E5" s="1"/></x:row>` +
      `</x:sheetData></x:worksheet>`;
    const rows = await rowsOf(otherToolXlsx(sheet, sharedStrings, styles));
    // Row 2 is the header.
    expect(rows).toEqual([
      { rowNo: 3, cells: ['Trần <Hưởng> & co', true, null, { date: '2024-02-29' }] },
      { rowNo: 5, cells: [{ date: '1904-01-01' }, { date: '2024-01-01' }, 1250000, 'a < b'] },
    ]);
  });

  it('reads the header from shared strings, with every character of a rich run', async () => {
    const sharedStrings = `<sst xmlns="${MAIN}"><si><t>Tên</t></si><si><r><t>Đ</t></r><r><t>ịa chỉ 😀</t></r></si><si><t>x</t></si></sst>`;
    const sheet =
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>` +
      `<row r="2"><c r="A2" t="s"><v>2</v></c></row></sheetData></worksheet>`;
    const up = path.join(dir, 'header.xlsx');
    writeFileSync(up, otherToolXlsx(sheet, sharedStrings, `<styleSheet xmlns="${MAIN}"/>`));
    const file = await convertHere(up, 'xlsx', `${up}.rows`, 10);
    expect(file).toEqual({ columns: ['Tên', 'Địa chỉ 😀'], totalRows: 1 });
  });

  it('reads what exceljs writes: dates, numbers, booleans, formulas and rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Khách hàng');
    ws.addRow(['Tên', 'Ngày', 'Số', 'Đúng', 'Công thức', 'Rich']);
    ws.addRow([
      'Công ty Sen Việt',
      new Date(Date.UTC(2020, 2, 15)),
      0.5,
      false,
      { formula: 'C2*2', result: 1 },
      { richText: [{ text: 'Hoa ' }, { font: { bold: true }, text: 'Đào' }] },
    ]);
    const rows = await rowsOf(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { rowNo: 2, cells: ['Công ty Sen Việt', { date: '2020-03-15' }, 0.5, false, 1, 'Hoa Đào'] },
    ]);
  });

  it('refuses a sheet whose XML is cut short as a damaged file', async () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tên</t></is></c></row><row r="2"><c r="A2" t="inl`;
    const up = path.join(dir, 'cut.xlsx');
    writeFileSync(up, otherToolXlsx(sheet, `<sst xmlns="${MAIN}"/>`, `<styleSheet xmlns="${MAIN}"/>`));
    await expect(convertHere(up, 'xlsx', `${up}.rows`, 10)).rejects.toMatchObject({
      messageKey: 'import.corrupt',
    });
  });
});
