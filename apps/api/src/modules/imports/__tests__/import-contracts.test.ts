import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { download, jobs, readXlsx, upload, xlsx } from '../../../test/import-files';

const HEADER = ['Số hợp đồng', 'Mã khách hàng', 'Ngày ký', 'Hiệu lực đến', 'Giá trị hợp đồng', 'Đã ký'];

describe('importing contracts (IMP-01, DUP-01 contracts)', () => {
  let staff1: string;
  let staff2: string;
  let j: ReturnType<typeof jobs>;
  let customer: { id: string; code: string };
  let hidden: { id: string; code: string };
  let existingNumber: string;

  const app = useTestApp(async (a) => ([staff1, staff2] = await a.signIn('staff1', 'staff2')));
  beforeAll(async () => {
    j = jobs(app);
    const h = crm(app);
    customer = (await h.createCustomer(staff1, { name: 'Công ty TNHH Hợp Đồng Nhập' })) as never;
    hidden = (await h.createCustomer(staff2, { name: 'Công ty của người khác' })) as never;
    const r = await app.gql<{ createContract: { number: string } }>(
      'mutation($i: CreateContractInput!) { createContract(input: $i) { number } }',
      { i: { customerId: customer.id, number: 'HD-CO-SAN', value: '1000000' } },
      { token: staff1 },
    );
    existingNumber = r.data!.createContract.number;
  });

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await app.server.db.dataSource.query(sql, params))[0].n);

  const file = () =>
    xlsx([
      HEADER,
      ['HD-NK-01', customer.code, '01/12/2026', '30/11/2027', 120000000, 'Có'],
      ['HD-NK-02', customer.code, '05/12/2026', '', 50000000, ''],
      ['HD-NK-03', customer.code, '', '', 1000, ''],
      ['HD-NK-04', hidden.code, '05/12/2026', '', 1000, ''],
      [existingNumber, customer.code, '06/12/2026', '31/12/2027', 1000000, ''],
      ['HD-NK-01', customer.code, '07/12/2026', '', 1000, ''],
    ]);

  it('dry run writes nothing and reports each bad row; the run creates the rest and signs the customer', async () => {
    const up = await upload(app, staff1, 'contracts', await file(), 'hop-dong.xlsx');
    expect(up.status).toBe(201);
    const id = up.body.jobId!;
    const job = await j.get(staff1, id);
    expect(job.suggestedMapping.map((m) => m.field)).toEqual([
      'number',
      'customerCode',
      'signedOn',
      'validTo',
      'value',
      'signed',
    ]);
    const tables = ['contract', 'customer', 'audit_log'];
    const before = await app.snapshot(tables);
    const dry = await j.runToEnd(staff1, { jobId: id, mode: 'CREATE_ONLY', dryRun: true });
    expect(dry).toMatchObject({ status: 'DONE', created: 2, failed: 4 });
    expect(await app.snapshot(tables)).toEqual(before);
    expect(dry.errors).toEqual([
      { row: 4, field: 'signedOn', message: expect.stringContaining('bắt buộc') },
      { row: 5, field: 'customerCode', message: expect.stringContaining(hidden.code) },
      {
        row: 6,
        field: 'number',
        message: `Số hợp đồng đã tồn tại ở hợp đồng ${existingNumber} (người tạo Nguyễn Văn Đức).`,
      },
      { row: 7, field: 'number', message: 'Số hợp đồng trùng với dòng 2 trong tệp.' },
    ]);

    const done = await j.runToEnd(staff1, { jobId: id, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({ status: 'DONE', created: 2, failed: 4 });
    const rows: Record<string, unknown>[] = await app.server.db.dataSource.query(
      `SELECT number, signed, status, signed_on::text AS signed_on, valid_to::text AS valid_to, total::text AS total
         FROM contract WHERE import_job_id = $1 ORDER BY number`,
      [id],
    );
    expect(rows).toEqual([
      {
        number: 'HD-NK-01',
        signed: true,
        status: 'ACTIVE',
        signed_on: '2026-12-01',
        valid_to: '2027-11-30',
        total: '120000000',
      },
      {
        number: 'HD-NK-02',
        signed: false,
        status: 'DRAFT',
        signed_on: '2026-12-05',
        valid_to: null,
        total: '50000000',
      },
    ]);
    const level = await app.gql<{ customer: { level: string } }>(
      'query($id: ID!) { customer(id: $id) { level } }',
      { id: customer.id },
      { token: staff1 },
    );
    expect(level.data!.customer.level).toBe('SIGNED');
    // The contracts list shows them; another STAFF user sees none.
    const list = async (token: string) =>
      (
        await app.gql<{ contracts: { nodes: { number: string }[] } }>(
          `{ contracts(filter: { search: "HD-NK" }, first: 10) { nodes { number } } }`,
          {},
          { token },
        )
      ).data!.contracts.nodes.map((n) => n.number);
    expect((await list(staff1)).sort()).toEqual(['HD-NK-01', 'HD-NK-02']);
    expect(await list(staff2)).toEqual([]);

    // The error report names each refused row.
    const report = await download(app, staff1, `/files/import/${id}/errors.xlsx`);
    expect(report.status).toBe(200);
    const sheet = await readXlsx(report.body);
    expect(sheet.slice(1).map((r) => r[0])).toEqual(['4', '5', '6', '7']);
  });

  it('UPDATE_DUPLICATES updates a contract found by its number', async () => {
    const up = await upload(
      app,
      staff1,
      'contracts',
      await xlsx([HEADER, [existingNumber, customer.code, '06/12/2026', '31/12/2027', '', 'x']]),
      'cap-nhat.xlsx',
    );
    const done = await j.runToEnd(staff1, { jobId: up.body.jobId!, mode: 'UPDATE_DUPLICATES' });
    expect(done).toMatchObject({ status: 'DONE', created: 0, updated: 1, failed: 0 });
    const [row] = await app.server.db.dataSource.query(
      `SELECT signed, signed_on::text AS signed_on, valid_to::text AS valid_to, version FROM contract
        WHERE number = $1 AND deleted_at IS NULL`,
      [existingNumber],
    );
    expect(row).toEqual({ signed: true, signed_on: '2026-12-06', valid_to: '2027-12-31', version: 2 });
    expect(
      await count(`SELECT count(*) AS n FROM audit_log WHERE module = 'contracts' AND action = 'IMPORT'`),
    ).toBeGreaterThanOrEqual(2);
  });
});
