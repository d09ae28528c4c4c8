import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { jobs, upload, xlsx } from '../../../test/import-files';

const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id phone taxCode foundedOn } }`;

describe('import rows follow the form rules, the caller scope and X-09', () => {
  let staff1: string;
  let staff2: string;
  let j: ReturnType<typeof jobs>;

  const app = useTestApp(async (a) => ([staff1, staff2] = await a.signIn('staff1', 'staff2')));
  beforeAll(async () => {
    j = jobs(app);
  });

  const query = (sql: string, params: unknown[] = []) => app.server.db.dataSource.query(sql, params);

  it('refuses on import exactly what the form refuses, and accepts what it accepts', async () => {
    const cases: [string, Record<string, string>][] = [
      ['bad tax code', { taxCode: '0101245487' }],
      ['branch tax code', { taxCode: '0101245486-001' }],
      ['12-digit id', { taxCode: '001234567890' }],
      ['old mobile', { phone: '0169 123 4567' }],
      ['landline', { phone: '028 3823 4567' }],
      ['demo duplicate', { phone: '024 7300 4666' }],
      ['+84 mobile', { phone: '+84 912 345 679' }],
      ['short phone', { phone: '09123' }],
      ['bad e-mail', { email: 'khong-phai-email' }],
      ['bad website', { website: 'w'.repeat(256) }],
    ];
    const header = ['Tên khách hàng', 'Mã số thuế', 'Điện thoại', 'Email', 'Website'];
    const rows = cases.map(([name, v]) => [
      name,
      v.taxCode ?? '',
      v.phone ?? '',
      v.email ?? '',
      v.website ?? '',
    ]);
    const up = await upload(app, staff1, 'customers', await xlsx([header, ...rows]), 'parity.xlsx');
    const dry = await j.runToEnd(staff1, { jobId: up.body.jobId, mode: 'CREATE_ONLY', dryRun: true });
    const refusedRows = new Set(dry.errors.map((e) => e.row));
    for (const [i, [name, v]] of cases.entries()) {
      const form = await app.gql(CREATE, { i: { name, ...v } }, { token: staff2 });
      const formRefused = Boolean(form.errors);
      expect({ name, refused: refusedRows.has(i + 2) }).toEqual({ name, refused: formRefused });
      if (formRefused) {
        const importMessage = dry.errors.find((e) => e.row === i + 2)!.message;
        const fieldErrors = form.errors![0].extensions.fieldErrors as { message: string }[] | undefined;
        const formMessage = fieldErrors?.[0].message ?? form.errors![0].message;
        // The form's "Quá dài" leaves its {{max}} blank; the import fills it in.
        expect(importMessage.split(' (')[0]).toBe(formMessage.split(' (')[0]);
      }
    }
  });

  it('converts old 11-digit mobile prefixes only when asked (0169 → 039)', async () => {
    const content = 'Tên khách hàng;Điện thoại\r\nĐổi đầu số;0169 123 4567\r\n';
    const no = await upload(app, staff1, 'customers', content, 'old.csv');
    const a = await j.runToEnd(staff1, { jobId: no.body.jobId, mode: 'CREATE_ONLY' });
    expect(a).toMatchObject({ created: 0, failed: 1 });
    const yes = await upload(app, staff1, 'customers', content, 'old.csv');
    const b = await j.runToEnd(staff1, { jobId: yes.body.jobId, mode: 'CREATE_ONLY', convert: true });
    expect(b).toMatchObject({ created: 1, failed: 0 });
    const [row] = await query(`SELECT phone FROM customer WHERE import_job_id = $1`, [yes.body.jobId]);
    expect(row.phone).toBe('0391234567');
  });

  it('reads UTF-8 CSV with a BOM and semicolons, dd/MM/yyyy dates and English headers', async () => {
    const content =
      '\ufeffCustomer name;Tax code;Phone;Founded on\r\n"Công ty; Dấu chấm phẩy";0100109106;0912 111 222;05/11/2021\r\n';
    const up = await upload(app, staff1, 'customers', content, 'en.csv');
    expect(up.body.columns).toEqual(['Customer name', 'Tax code', 'Phone', 'Founded on']);
    const done = await j.runToEnd(staff1, { jobId: up.body.jobId, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({ created: 1, failed: 0 });
    const [row] = await query(
      `SELECT name, tax_code, phone, founded_on::text AS f FROM customer WHERE import_job_id = $1`,
      [up.body.jobId],
    );
    expect(row).toEqual({
      name: 'Công ty; Dấu chấm phẩy',
      tax_code: '0100109106',
      phone: '0912111222',
      f: '2021-11-05',
    });
  });

  it('a STAFF user imports as the owner and cannot update records outside their scope', async () => {
    const other = await crm(app).createCustomer(staff2, { name: 'Của Staff 2', email: 'staff2-kh@x.vn' });
    const rows = [
      ['Tên khách hàng', 'Email'],
      ['Đè lên Staff 2', 'staff2-kh@x.vn'],
      ['Của tôi', 'cua-toi@x.vn'],
    ];
    const up = await upload(app, staff1, 'customers', await xlsx(rows), 'scope.xlsx');
    const before = await query(`SELECT * FROM customer WHERE id = $1`, [other.id]);
    const done = await j.runToEnd(staff1, { jobId: up.body.jobId, mode: 'UPDATE_DUPLICATES' });
    expect(done).toMatchObject({ created: 1, updated: 0, failed: 1 });
    expect(done.errors[0].message).toBe(
      'Email đã tồn tại trong khách hàng Của Staff 2 thuộc chủ sở hữu Lê Hoàng Anh',
    );
    expect(await query(`SELECT * FROM customer WHERE id = $1`, [other.id])).toEqual(before);
    const [mine] = await query(
      `SELECT u.email FROM customer c JOIN app_user u ON u.id = c.owner_id WHERE c.import_job_id = $1`,
      [up.body.jobId],
    );
    expect(mine.email).toBe('staff1@sen.local');
  });

  it('sets the owner from an e-mail or a name for a manager; a STAFF user only names themself', async () => {
    const manager = await app.login('manager@sen.local');
    const header = ['Tên khách hàng', 'Email', 'Chủ sở hữu'];
    const owners = async (jobId: string) =>
      (
        await query(
          `SELECT c.name, u.email FROM customer c JOIN app_user u ON u.id = c.owner_id
            WHERE c.import_job_id = $1 ORDER BY c.name`,
          [jobId],
        )
      ).map((r: { name: string; email: string }) => [r.name, r.email]);
    const up = await upload(
      app,
      manager,
      'customers',
      await xlsx([
        header,
        ['Chủ 1 theo email', 'chu1@own.vn', 'STAFF1@sen.local'],
        ['Chủ 2 theo tên', 'chu2@own.vn', 'le hoang anh'],
        ['Chủ 3 để trống', 'chu3@own.vn', ''],
        ['Chủ 4 không có', 'chu4@own.vn', 'Người Lạ'],
      ]),
      'chu-so-huu.xlsx',
    );
    expect((await j.get(manager, up.body.jobId!)).suggestedMapping.map((m) => m.field)).toEqual([
      'name',
      'email',
      'owner',
    ]);
    const done = await j.runToEnd(manager, { jobId: up.body.jobId, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({ created: 3, failed: 1 });
    expect(done.errors).toEqual([
      {
        row: 5,
        field: 'owner',
        message: 'Không có người dùng đang hoạt động "Người Lạ" (ghi email hoặc họ tên).',
      },
    ]);
    expect(await owners(up.body.jobId!)).toEqual([
      ['Chủ 1 theo email', 'staff1@sen.local'],
      ['Chủ 2 theo tên', 'staff2@sen.local'],
      ['Chủ 3 để trống', 'manager@sen.local'],
    ]);

    const staffUp = await upload(
      app,
      staff1,
      'customers',
      await xlsx([
        header,
        ['Của người khác', 'khac@own.vn', 'staff2@sen.local'],
        ['Của tôi ghi rõ', 'toi@own.vn', 'Nguyễn Văn Đức'],
      ]),
      'nhan-vien.xlsx',
    );
    const staffDone = await j.runToEnd(staff1, { jobId: staffUp.body.jobId, mode: 'CREATE_ONLY' });
    expect(staffDone).toMatchObject({ created: 1, failed: 1 });
    expect(staffDone.errors).toEqual([
      { row: 2, field: 'owner', message: 'Nhân viên chỉ nhập khẩu được bản ghi của chính mình.' },
    ]);
    expect(await owners(staffUp.body.jobId!)).toEqual([['Của tôi ghi rõ', 'staff1@sen.local']]);
  });

  it('imports contacts, linking them to customers by code within the caller scope', async () => {
    const mine = await crm(app).createCustomer(staff1, { name: 'KH của tôi' });
    const theirs = await crm(app).createCustomer(staff2, { name: 'KH người khác' });
    const rows = [
      ['Người liên hệ', 'Mã khách hàng', 'Số di động', 'Giới tính', 'Ngày sinh'],
      ['Nguyễn Văn An', mine.code, '0903000001', 'Nam', '01/02/1990'],
      ['Trần Thị Bình', theirs.code, '0903000002', 'Nữ', ''],
      ['Lê Văn Cường', '', '0903000001', 'Không rõ', ''],
    ];
    const up = await upload(app, staff1, 'contacts', await xlsx(rows), 'lien-he.xlsx');
    expect((await j.get(staff1, up.body.jobId!)).suggestedMapping.map((m) => m.field)).toEqual([
      'name',
      'customerCode',
      'mobile',
      'gender',
      'birthday',
    ]);
    const done = await j.runToEnd(staff1, { jobId: up.body.jobId, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({ created: 1, failed: 2 });
    expect(done.errors).toEqual([
      { row: 3, field: 'customerCode', message: `Không tìm thấy khách hàng có mã "${theirs.code}".` },
      { row: 4, field: 'gender', message: 'Giá trị không hợp lệ.' },
    ]);
    const [c] = await query(
      `SELECT name, customer_id, gender, birthday::text AS b FROM contact WHERE import_job_id = $1`,
      [up.body.jobId],
    );
    expect(c).toEqual({ name: 'Nguyễn Văn An', customer_id: mine.id, gender: 'MALE', b: '1990-02-01' });
  });
  it('updates a duplicate contact (same mobile) in UPDATE_DUPLICATES mode, keeping what the file leaves empty', async () => {
    const rows = [
      ['Người liên hệ', 'Số di động', 'Chức vụ', 'Email'],
      ['Nguyễn Văn An (mới)', '0903 000 001', 'Giám đốc', ''],
    ];
    const [before] = await query(`SELECT id, email, version FROM contact WHERE mobile = '0903000001'`);
    const up = await upload(app, staff1, 'contacts', await xlsx(rows), 'cap-nhat.xlsx');
    const done = await j.runToEnd(staff1, { jobId: up.body.jobId, mode: 'UPDATE_DUPLICATES' });
    expect(done).toMatchObject({ created: 0, updated: 1, failed: 0 });
    const [after] = await query(`SELECT name, title, email, version FROM contact WHERE id = $1`, [before.id]);
    expect(after).toEqual({
      name: 'Nguyễn Văn An (mới)',
      title: 'Giám đốc',
      email: before.email,
      version: before.version + 1,
    });
  });
});
