import { readdirSync } from 'node:fs';
import path from 'node:path';
import { useTestApp } from '../../../test/harness';
import { upload, xlsx, zip } from '../../../test/import-files';

const TABLES = ['import_job', 'import_row_error', 'customer', 'contact', 'audit_log'];

describe('import uploads refuse bad files with a clear error and start no job', () => {
  let admin: string;

  const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')), {
    SEN_IMPORT_MAX_BYTES: '200000',
    SEN_IMPORT_MAX_ROWS: '5',
  });

  const uploads = () => {
    try {
      return readdirSync(path.join(app.env.dataDir, 'uploads'));
    } catch {
      return [];
    }
  };

  async function refused(content: Buffer | string, fileName: string, message: RegExp, lang?: string) {
    const before = await app.snapshot(TABLES);
    const r = await upload(app, admin, 'customers', content, fileName, lang);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('BAD_USER_INPUT');
    expect(r.body.message).toMatch(message);
    expect(await app.snapshot(TABLES)).toEqual(before);
    expect(uploads()).toEqual([]);
  }

  const header = ['Tên khách hàng', 'Email'];

  it('refuses a file that is not a spreadsheet (a PDF, binary bytes named .csv)', async () => {
    await refused(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj'), 'bao-cao.pdf', /không phải bảng tính/);
    await refused(Buffer.from([0x00, 0x01, 0x02, 0x41, 0x00]), 'data.csv', /không phải bảng tính/);
    await refused(Buffer.from('%PDF-1.4'), 'report.pdf', /not an \.xlsx, \.xls, \.ods or \.csv/, 'en');
  });

  it('refuses a damaged .xlsx, a zip that is not a workbook, and a broken .ods', async () => {
    const good = await xlsx([header, ['Công ty A', 'a@x.vn']]);
    await refused(good.subarray(0, good.length - 200), 'cut.xlsx', /bị hỏng/);
    await refused(
      zip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]),
      'doc.xlsx',
      /không phải bảng tính/,
    );
    await refused(
      zip([
        { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') },
        { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
      ]),
      'bang.ods',
      /bị hỏng/,
    );
  });

  it('refuses a zip bomb from its central directory, before inflating it', async () => {
    // 50 MB of zeros packs into ~50 KB: a ratio of ~1000.
    await refused(
      zip([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(50 * 1024 * 1024) },
      ]),
      'bomb.xlsx',
      /giải nén quá lớn/,
    );
    // Sizes that lie in the directory count as declared: 3 GB declared is refused too.
    await refused(
      zip([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 0xc0000000 },
      ]),
      'liar.xlsx',
      /giải nén quá lớn/,
    );
  });

  it('refuses an empty sheet, a sheet without a header row, and a header without rows', async () => {
    await refused(await xlsx([]), 'empty.xlsx', /không có dữ liệu/);
    await refused(Buffer.from(''), 'empty.csv', /không có dữ liệu/);
    await refused(
      await xlsx([
        [1, 2],
        [3, 4],
      ]),
      'numbers.xlsx',
      /Không tìm thấy dòng tiêu đề/,
    );
    await refused(await xlsx([header]), 'header-only.xlsx', /chỉ có dòng tiêu đề/);
    await refused('Tên khách hàng;Email\r\n', 'header-only.csv', /chỉ có dòng tiêu đề/);
  });

  it('refuses a file over the size limit while it streams, and over the row limit', async () => {
    await refused(`Tên khách hàng\n${'Công ty A\n'.repeat(30000)}`, 'big.csv', /quá lớn \(tối đa 0\.2 MB\)/);
    const rows = Array.from({ length: 6 }, (_, i) => [`Công ty ${i}`, `c${i}@x.vn`]);
    await refused(await xlsx([header, ...rows]), 'six.xlsx', /quá nhiều dòng \(tối đa 5 dòng/);
    await refused(
      `Name,Email\n${rows.map((r) => r.join(',')).join('\n')}`,
      'six.csv',
      /too many rows \(at most 5/,
      'en',
    );
  });

  it('refuses non-UTF-8 text and an upload without a file', async () => {
    await refused(Buffer.from([0xff, 0xfe, 0x54, 0x00]), 'utf16.csv', /UTF-8/);
    await refused(Buffer.from('T\xean kh\xe1ch h\xe0ng\n', 'latin1'), 'latin1.csv', /UTF-8/);
    const before = await app.snapshot(TABLES);
    const res = await fetch(`${app.url}/files/import/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: new FormData(),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
    expect(await app.snapshot(TABLES)).toEqual(before);
  });

  it('answers 401 without a token and 404 for a module that has no import', async () => {
    const good = await xlsx([header, ['Công ty A', 'a@x.vn']]);
    const anon = await upload(app, null, 'customers', good, 'a.xlsx');
    expect(anon.status).toBe(401);
    expect(anon.body.code).toBe('UNAUTHENTICATED');
    const none = await upload(app, admin, 'invoices', good, 'a.xlsx');
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('NOT_FOUND');
  });

  it('accepts a good file: a job with its columns and row count', async () => {
    const r = await upload(app, admin, 'customers', await xlsx([header, ['Công ty A', 'a@x.vn']]), 'ok.xlsx');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ columns: header, totalRows: 1 });
  });
});
