import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSheetJS } from '../sheetjs-lazy';
import { WHOLE_FILE_LIMITS } from '../import-file-check';
import { useTestApp } from '../../../test/harness';
import { jobs, upload, zip } from '../../../test/import-files';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const TABLES = ['import_job', 'import_row_error', 'customer', 'audit_log'];

describe('importing legacy .xls and OpenDocument .ods files (IMP-01)', () => {
  let admin: string;
  let j: ReturnType<typeof jobs>;

  const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')));
  beforeAll(async () => {
    j = jobs(app);
  });

  it.each(['xls', 'ods'])(
    'imports a .%s saved by LibreOffice: headers, dates, phones, refusals',
    async (kind) => {
      const up = await upload(
        app,
        admin,
        'customers',
        readFileSync(path.join(FIXTURES, `khach-hang.${kind}`)),
        `kh.${kind}`,
      );
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({
        totalRows: 3,
        columns: ['Tên khách hàng', 'Mã số thuế', 'Điện thoại', 'Email', 'Ngày thành lập'],
      });
      const done = await j.runToEnd(admin, { jobId: up.body.jobId, mode: 'CREATE_ONLY' });
      expect(done).toMatchObject({ status: 'DONE', created: 2, failed: 1 });
      expect(done.errors.map((e) => [e.row, e.field])).toEqual([
        [4, 'email'],
        [4, 'phone'],
      ]);
      const rows = await app.server.db.dataSource.query(
        `SELECT id, name, tax_code, phone, email, founded_on::text AS founded FROM customer
        WHERE import_job_id = $1 ORDER BY name`,
        [up.body.jobId],
      );
      expect(rows.map(({ id: _, ...r }: Record<string, unknown>) => r)).toEqual([
        {
          name: 'Công ty Cổ phần Sen Việt',
          tax_code: '0100109106',
          phone: '0912468135',
          email: 'lienhe@senviet.vn',
          founded: '2020-03-15',
        },
        {
          name: 'Công ty TNHH Hoa Đào',
          tax_code: null,
          phone: '0988000002',
          email: 'hoadao@example.vn',
          founded: '2019-01-31',
        },
      ]);
      // To the trash, so that the next format's file creates the same customers again.
      const del = await app.gql<{ deleteCustomers: number }>(
        'mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) }',
        { ids: rows.map((r: { id: string }) => r.id) },
        { token: admin },
      );
      expect(del.data?.deleteCustomers).toBe(2);
    },
  );

  async function refused(content: Buffer, fileName: string, message: RegExp) {
    const before = await app.snapshot(TABLES);
    const r = await upload(app, admin, 'customers', content, fileName);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('BAD_USER_INPUT');
    expect(r.body.message).toMatch(message);
    expect(await app.snapshot(TABLES)).toEqual(before);
  }

  it('refuses a password-protected .xlsx or .xls, and an OLE file that is no workbook', async () => {
    const { CFB } = await loadSheetJS();
    const container = (streams: string[]) => {
      const c = CFB.utils.cfb_new();
      for (const s of streams) {
        CFB.utils.cfb_add(c, `/${s}`, Buffer.from(`${s} bytes`));
      }
      return Buffer.from(CFB.write(c, { type: 'buffer' }) as Uint8Array);
    };
    // What Office writes for an .xlsx with a password to open: an encrypted package in an OLE file.
    await refused(container(['EncryptionInfo', 'EncryptedPackage']), 'bao-mat.xlsx', /đặt mật khẩu/);
    // An .xls with a password, as LibreOffice saves it.
    await refused(readFileSync(path.join(FIXTURES, 'mat-khau.xls')), 'mat-khau.xls', /đặt mật khẩu/);
    await refused(container(['WordDocument']), 'van-ban.xls', /không phải bảng tính/);
    await refused(
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
      'hong.xls',
      /bị hỏng/,
    );
  });

  it('refuses .xls and .ods files too big to read whole, advising .xlsx', async () => {
    const saved = { ...WHOLE_FILE_LIMITS };
    WHOLE_FILE_LIMITS.xlsBytes = 4096;
    WHOLE_FILE_LIMITS.odsContentBytes = 4096;
    try {
      await refused(
        readFileSync(path.join(FIXTURES, 'khach-hang.xls')),
        'lon.xls',
        /Tệp \.xls quá lớn.*\.xlsx/,
      );
      await refused(
        zip([
          { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') },
          { name: 'content.xml', data: Buffer.from(`<office:document-content>${'x'.repeat(5000)}`) },
        ]),
        'lon.ods',
        /Tệp \.ods quá lớn/,
      );
    } finally {
      Object.assign(WHOLE_FILE_LIMITS, saved);
    }
  });
});
