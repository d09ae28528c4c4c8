import { formatDateTimeVi } from '@sen/shared';
import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { download, jobs, readXlsx, upload } from '../../../test/import-files';

describe('exporting the filtered list to .xlsx and .csv', () => {
  let admin: string;
  let staff1: string;

  const app = useTestApp(async (a) => ([admin, staff1] = await a.signIn('admin', 'staff1')));
  beforeAll(async () => {
    const h = crm(app);
    await h.createCustomer(staff1, {
      name: 'Zexp Một',
      email: 'xuat1@x.vn',
      foundedOn: '2020-03-15',
      description: '=HYPERLINK("http://evil","bấm")',
      labels: ['VIP'],
    });
    await h.createCustomer(staff1, { name: '@Zexp Hai', phone: '0912555666', description: '+84 là mã nước' });
    await h.createCustomer(admin, { name: 'Zexp Của Admin', email: 'xuat-admin@x.vn' });
  });

  const exportPath = (file: string, filter: object, extra = '') =>
    `/files/export/${file}?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`;

  it('exports the filtered list with Vietnamese headers, dd/MM/yyyy dates and neutralised cells', async () => {
    const res = await download(app, admin, exportPath('customers.xlsx', { search: 'zexp' }));
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    const rows = await readXlsx(res.body);
    const h = rows[0];
    expect(h.slice(0, 4)).toEqual(['Mã khách hàng', 'Tên khách hàng', 'Loại khách hàng', 'Mức độ']);
    const col = (name: string) => h.indexOf(name);
    const byName = new Map(rows.slice(1).map((r) => [r[col('Tên khách hàng')], r]));
    expect([...byName.keys()].sort()).toEqual(["'@Zexp Hai", 'Zexp Của Admin', 'Zexp Một']);
    const one = byName.get('Zexp Một')!;
    expect(one[col('Ngày thành lập / sinh nhật')]).toBe('15/03/2020');
    expect(one[col('Mô tả')]).toBe(`'=HYPERLINK("http://evil","bấm")`);
    expect(one[col('Nhãn')]).toBe('VIP');
    expect(one[col('Chủ sở hữu')]).toBe('Nguyễn Văn Đức');
    const [{ created_at }] = await app.server.db.dataSource.query(
      `SELECT created_at FROM customer WHERE name = 'Zexp Một'`,
    );
    expect(one[col('Ngày tạo')]).toBe(formatDateTimeVi(created_at));
    expect(byName.get("'@Zexp Hai")![col('Mô tả')]).toBe("'+84 là mã nước");
    const [log] = await app.server.db.dataSource.query(
      `SELECT action, module, description FROM audit_log WHERE action = 'EXPORT' ORDER BY at DESC LIMIT 1`,
    );
    expect(log).toEqual({
      action: 'EXPORT',
      module: 'customer',
      description: 'Xuất khẩu 3 khách hàng ra tệp XLSX',
    });
  });

  it('exports only what a STAFF user can see, with the chosen columns, in English on request', async () => {
    const res = await download(
      app,
      staff1,
      exportPath('customers.csv', { search: 'zexp' }, '&columns=name,email,foundedOn&lang=en'),
    );
    expect(res.status).toBe(200);
    const text = res.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Customer name,E-mail,Founded on / birthday');
    expect(lines.slice(1).sort()).toEqual(["'@Zexp Hai,,", 'Zexp Một,xuat1@x.vn,15/03/2020']);
  });

  it('round-trips through the import: neutralised cells come back unchanged', async () => {
    const exported = await download(app, staff1, exportPath('customers.xlsx', { search: 'zexp' }));
    const ids: { id: string }[] = await app.server.db.dataSource.query(
      `SELECT id FROM customer WHERE name IN ('Zexp Một', '@Zexp Hai')`,
    );
    const del = await app.gql(
      `mutation($ids: [ID!]!) { deleteCustomers(ids: $ids) }`,
      { ids: ids.map((r) => r.id) },
      { token: staff1 },
    );
    expect(del.errors).toBeUndefined();
    const up = await upload(app, staff1, 'customers', exported.body, 'xuat.xlsx');
    const done = await jobs(app).runToEnd(staff1, { jobId: up.body.jobId, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({ created: 2, failed: 0 });
    const back: Record<string, unknown>[] = await app.server.db.dataSource.query(
      `SELECT name, description, founded_on::text AS f, labels, level, kind FROM customer
        WHERE import_job_id = $1 ORDER BY name`,
      [up.body.jobId],
    );
    expect(back).toEqual([
      { name: '@Zexp Hai', description: '+84 là mã nước', f: null, labels: [], level: 'NEW', kind: 'B2B' },
      {
        name: 'Zexp Một',
        description: '=HYPERLINK("http://evil","bấm")',
        f: '2020-03-15',
        labels: ['VIP'],
        level: 'NEW',
        kind: 'B2B',
      },
    ]);
  });

  it('exports contacts with the contact filter', async () => {
    const res = await download(app, admin, exportPath('contacts.xlsx', { search: 'zzz-none' }));
    const rows = await readXlsx(res.body);
    expect(rows).toEqual([expect.arrayContaining(['Người liên hệ', 'Mã khách hàng', 'Số di động'])]);
  });

  it('refuses a bad filter and an unknown module, and needs a token', async () => {
    const bad = await download(
      app,
      admin,
      `/files/export/customers.xlsx?filter=${encodeURIComponent('{"levels":["VIP"]}')}`,
    );
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString())).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Bộ lọc không hợp lệ.',
    });
    const junk = await download(app, admin, `/files/export/customers.csv?filter=not-json`);
    expect(junk.status).toBe(400);
    expect((await download(app, admin, '/files/export/widgets.xlsx')).status).toBe(404);
    const anon = await fetch(`${app.url}/files/export/customers.xlsx`);
    expect(anon.status).toBe(401);
  });

  it('serves a template per module whose headers import back as mapped', async () => {
    const res = await download(app, staff1, '/files/templates/contacts.xlsx');
    expect(res.status).toBe(200);
    const [header] = await readXlsx(res.body);
    expect(header[0]).toBe('Người liên hệ *');
    const csv = `${header.join(',')}\nMẫu,,,,,,,,\n`;
    const up = await upload(app, staff1, 'contacts', csv, 'mau.csv');
    const job = await jobs(app).get(staff1, up.body.jobId!);
    expect(job.suggestedMapping.every((m) => m.field !== null)).toBe(true);
  });

  it('streams a list longer than one read batch whole: every row once, in name order, ties included', async () => {
    const ds = app.server.db.dataSource;
    const [{ id: owner }] = await ds.query(`SELECT id FROM app_user WHERE email = 'staff1@sen.local'`);
    // 4,500 rows over a handful of equal names: the keyset (name, id) must not skip or repeat a tie.
    // Loaded as the bulk generator does (triggers off), then the level counters are rebuilt.
    const bulk = (sql: string, params: unknown[] = []) =>
      ds.transaction(async (m) => {
        await m.query(`SET LOCAL session_replication_role = replica`);
        await m.query(sql, params);
        await m.query(`SELECT sen_customer_level_count_rebuild()`);
      });
    await bulk(
      `INSERT INTO customer (code, name, owner_id)
       SELECT 'ZLOT' || lpad(g::text, 5, '0'), 'Zlot ' || (g % 4), $1 FROM generate_series(1, 4500) g`,
      [owner],
    );
    const res = await download(
      app,
      staff1,
      exportPath('customers.csv', { search: 'zlot' }, '&columns=code,name'),
    );
    expect(res.status).toBe(200);
    const lines = res.body.toString('utf8').slice(1).trim().split('\r\n').slice(1);
    expect(lines).toHaveLength(4500);
    expect(new Set(lines.map((l) => l.split(',')[0])).size).toBe(4500);
    const names = lines.map((l) => l.split(',')[1]);
    expect(names).toEqual([...names].sort());
    const xlsx = await readXlsx(
      (await download(app, admin, exportPath('customers.xlsx', { search: 'zlot' }))).body,
    );
    expect(xlsx).toHaveLength(4501);
    await bulk(`DELETE FROM customer WHERE code LIKE 'ZLOT%'`);
  });
});
