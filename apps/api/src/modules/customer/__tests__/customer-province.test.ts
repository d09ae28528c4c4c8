import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { download, jobs, readXlsx, upload, xlsx } from '../../../test/import-files';

const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id name province version } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, input: $i) { province version } }`;
const LIST = `query($f: CustomerFilter, $o: [CustomerOrder!]) {
  customers(filter: $f, orderBy: $o, first: 50) { nodes { name province } } }`;

describe('Tỉnh/Thành phố (province) of a customer', () => {
  let admin: string;
  let j: ReturnType<typeof jobs>;

  const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')));
  beforeAll(async () => {
    j = jobs(app);
  });

  const list = async (filter: object, orderBy?: object[]) => {
    return (
      await app.data<{ customers: { nodes: { name: string; province: string | null }[] } }>(
        LIST,
        { f: filter, o: orderBy },
        { token: admin },
      )
    ).customers.nodes;
  };

  it('is saved on create, refused when it is not one of the 34 units (nothing written), and audited by name', async () => {
    const r = await app.gql<{ createCustomer: { id: string; province: string; version: number } }>(
      CREATE,
      { i: { name: 'Zprov Đà Nẵng', province: 'Đà Nẵng' } },
      { token: admin },
    );
    const created = r.data!.createCustomer;
    expect(created.province).toBe('Đà Nẵng');

    const before = await app.snapshot(['customer', 'audit_log']);
    // A former unit is not offered in the form: since 1 July 2025 Bình Dương is part of TP. Hồ Chí Minh.
    const refused = await app.gql(
      CREATE,
      { i: { name: 'Zprov Cũ', province: 'Bình Dương' } },
      { token: admin },
    );
    expect(refused.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fieldErrors).toEqual([
      { field: 'province', message: 'Giá trị không hợp lệ.' },
    ]);
    expect(await app.snapshot(['customer', 'audit_log'])).toEqual(before);

    const updated = await app.gql<{ updateCustomer: { province: string } }>(
      UPDATE,
      { id: created.id, i: { province: 'Huế', version: created.version } },
      { token: admin },
    );
    expect(updated.data!.updateCustomer.province).toBe('Huế');
    const log = await app.gql<{
      auditLogs: { nodes: { action: string; changes: Record<string, unknown> }[] };
    }>(
      'query($id: String) { auditLogs(filter: { recordId: $id }) { nodes { action changes } } }',
      { id: created.id },
      { token: admin },
    );
    const byAction = new Map(log.data!.auditLogs.nodes.map((n) => [n.action, n.changes]));
    expect(byAction.get('CREATE')!.province).toEqual({ from: null, to: 'Đà Nẵng' });
    expect(byAction.get('UPDATE')!.province).toEqual({ from: 'Đà Nẵng', to: 'Huế' });
  });

  it('filters by several provinces and sorts by province', async () => {
    const h = crm(app);
    await h.createCustomer(admin, { name: 'Zsort Một', province: 'Sơn La' });
    await h.createCustomer(admin, { name: 'Zsort Hai', province: 'Cần Thơ' });
    await h.createCustomer(admin, { name: 'Zsort Ba', province: 'Lào Cai' });
    await h.createCustomer(admin, { name: 'Zsort Bốn' });

    const some = await list({ search: 'zsort', provinces: ['Sơn La', 'Cần Thơ'] });
    expect(some.map((c) => c.name).sort()).toEqual(['Zsort Hai', 'Zsort Một']);

    const asc = await list({ search: 'zsort' }, [{ field: 'PROVINCE', direction: 'ASC' }]);
    expect(asc.map((c) => c.province)).toEqual([null, 'Cần Thơ', 'Lào Cai', 'Sơn La']);
    const desc = await list({ search: 'zsort' }, [{ field: 'PROVINCE', direction: 'DESC' }]);
    expect(desc.map((c) => c.name)).toEqual(['Zsort Một', 'Zsort Ba', 'Zsort Hai', 'Zsort Bốn']);
  });

  it('imports a former province name as its current unit, whatever the accents, case or prefix', async () => {
    const file = await xlsx([
      ['Tên khách hàng', 'Tỉnh/Thành phố'],
      ['Zimp Một', 'Bình Dương'],
      ['Zimp Hai', 'ha giang'],
      ['Zimp Ba', 'TỈNH QUẢNG NAM'],
      ['Zimp Bốn', 'Thành phố Hồ Chí Minh'],
      ['Zimp Năm', ''],
    ]);
    const up = await upload(app, admin, 'customers', file, 'tinh.xlsx');
    const job = await j.get(admin, up.body.jobId!);
    expect(job.suggestedMapping).toEqual([
      { column: 'Tên khách hàng', field: 'name' },
      { column: 'Tỉnh/Thành phố', field: 'province' },
    ]);
    const done = await j.runToEnd(admin, { jobId: up.body.jobId, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({ status: 'DONE', created: 5, failed: 0 });
    const rows = await list({ search: 'zimp' });
    expect(Object.fromEntries(rows.map((c) => [c.name, c.province]))).toEqual({
      'Zimp Một': 'TP. Hồ Chí Minh',
      'Zimp Hai': 'Tuyên Quang',
      'Zimp Ba': 'Đà Nẵng',
      'Zimp Bốn': 'TP. Hồ Chí Minh',
      'Zimp Năm': null,
    });
  });

  it('refuses a row whose province names no unit, with the reason in both languages, writing nothing', async () => {
    const file = await xlsx([
      ['Tên khách hàng', 'Tỉnh'],
      ['Zbad Một', 'Atlantis'],
    ]);
    const up = await upload(app, admin, 'customers', file, 'sai.xlsx');
    const before = await app.snapshot(['customer']);
    const done = await j.runToEnd(admin, { jobId: up.body.jobId, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({ created: 0, failed: 1 });
    expect(done.errors).toEqual([
      { row: 2, field: 'province', message: 'Không có "Atlantis" trong danh sách chọn.' },
    ]);
    const en = await j.get(admin, up.body.jobId!, 'en');
    expect(en.errors[0].message).toBe('"Atlantis" is not one of the values offered.');
    expect(await app.snapshot(['customer'])).toEqual(before);
  });

  it('exports the province by name under its header, in Vietnamese and English', async () => {
    const path = `/files/export/customers.xlsx?filter=${encodeURIComponent(JSON.stringify({ search: 'zsort', provinces: ['Lào Cai'] }))}`;
    const vi = await readXlsx((await download(app, admin, path)).body);
    const col = vi[0].indexOf('Tỉnh/Thành phố');
    expect(col).toBeGreaterThan(-1);
    expect(vi.slice(1).map((r) => [r[vi[0].indexOf('Tên khách hàng')], r[col]])).toEqual([
      ['Zsort Ba', 'Lào Cai'],
    ]);
    const en = await readXlsx((await download(app, admin, path, 'en')).body);
    expect(en[1][en[0].indexOf('Province')]).toBe('Lào Cai');
    // Each export is logged with its filter, the province included (written once the file is sent).
    const logged = async (): Promise<number> =>
      Number(
        (
          await app.server.db.dataSource.query(
            `SELECT count(*) AS n FROM audit_log WHERE action = 'EXPORT' AND changes::text LIKE '%Lào Cai%'`,
          )
        )[0].n,
      );
    for (let i = 0; i < 50 && (await logged()) < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await logged()).toBe(2);
  });
});
