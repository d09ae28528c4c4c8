import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { download, jobs, readXlsx, upload, xlsx } from '../../../test/import-files';

const HEADER = ['Tên khách hàng', 'Mã số thuế', 'Điện thoại', 'Email', 'Ngày thành lập', 'Mô tả'];

describe('importing customers: dry run, modes, duplicates, audit and history', () => {
  let admin: string;
  let staff1: string;
  let j: ReturnType<typeof jobs>;
  let existing: { id: string; name: string };

  const app = useTestApp(async (a) => ([admin, staff1] = await a.signIn('admin', 'staff1')));
  beforeAll(async () => {
    j = jobs(app);
    existing = await crm(app).createCustomer(admin, {
      name: 'Công ty Có Sẵn',
      email: 'san@co.vn',
      phone: '0912000111',
    });
  });

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await app.server.db.dataSource.query(sql, params))[0].n);

  async function file() {
    return xlsx([
      HEADER,
      ['Công ty Một', '0100109106', '+84 912 345 678', 'mot@x.vn', '15/03/2020', 'Khách mới'],
      ['Công ty Trùng DB', '', '0988000001', 'SAN@co.vn', '', ''],
      ['Công ty Hai', '', '0988000002', 'hai@x.vn', new Date(Date.UTC(2019, 0, 31)), '=1+2'],
      ['Công ty Hai (lặp)', '', '0988000003', 'hai@x.vn', '', ''],
      ['Số sai', '', '12345', 'ba@x.vn', '', ''],
      ['X'.repeat(300), '', '', 'dai@x.vn', '31/02/2020', ''],
    ]);
  }

  it('maps Vietnamese headers, dry-runs without writing, and lists every refused row', async () => {
    const up = await upload(app, admin, 'customers', await file(), 'khach-hang.xlsx');
    expect(up.status).toBe(201);
    const id = up.body.jobId!;
    const job = await j.get(admin, id);
    expect(job.suggestedMapping).toEqual([
      { column: 'Tên khách hàng', field: 'name' },
      { column: 'Mã số thuế', field: 'taxCode' },
      { column: 'Điện thoại', field: 'phone' },
      { column: 'Email', field: 'email' },
      { column: 'Ngày thành lập', field: 'foundedOn' },
      { column: 'Mô tả', field: 'description' },
    ]);
    const before = await app.snapshot(['customer', 'audit_log']);
    const dry = await j.runToEnd(admin, { jobId: id, mode: 'CREATE_ONLY', dryRun: true });
    expect(dry).toMatchObject({
      status: 'DONE',
      dryRun: true,
      totalRows: 6,
      processedRows: 6,
      created: 2,
      failed: 4,
    });
    expect(await app.snapshot(['customer', 'audit_log'])).toEqual(before);
    expect(dry.errors).toEqual([
      {
        row: 3,
        field: 'email',
        message: 'Email đã tồn tại trong khách hàng Công ty Có Sẵn thuộc chủ sở hữu Quản trị viên',
      },
      { row: 5, field: 'email', message: 'Email trùng với dòng 4 trong tệp.' },
      { row: 6, field: 'phone', message: expect.stringContaining('Số điện thoại không hợp lệ') },
      { row: 7, field: 'name', message: expect.stringContaining('Quá dài') },
      { row: 7, field: 'foundedOn', message: 'Ngày không hợp lệ.' },
    ]);
    const en = await j.get(admin, id, 'en');
    expect(en.errors[1].message).toBe('E-mail repeats row 4 of the file.');
  });

  it('runs CREATE_ONLY: creates the valid rows with codes, owner, job and audit entries', async () => {
    const up = await upload(app, admin, 'customers', await file(), 'khach-hang.xlsx');
    const id = up.body.jobId!;
    const done = await j.runToEnd(admin, { jobId: id, mode: 'CREATE_ONLY' });
    expect(done).toMatchObject({
      status: 'DONE',
      dryRun: false,
      created: 2,
      updated: 0,
      skipped: 0,
      failed: 4,
    });
    const rows: Record<string, unknown>[] = await app.server.db.dataSource.query(
      `SELECT c.id, c.name, c.code, c.phone, c.tax_code, c.founded_on::text AS founded, c.description, u.email AS owner
         FROM customer c JOIN app_user u ON u.id = c.owner_id WHERE c.import_job_id = $1 ORDER BY c.name`,
      [id],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        name: 'Công ty Hai',
        phone: '0988000002',
        founded: '2019-01-31',
        description: '=1+2',
      }),
      expect.objectContaining({
        name: 'Công ty Một',
        phone: '0912345678',
        tax_code: '0100109106',
        founded: '2020-03-15',
        owner: 'admin@sen.local',
      }),
    ]);
    expect(rows.every((r) => /^KH\d{6}$/.test(r.code as string))).toBe(true);
    // One entry covers the batch's new records (they carry the job); the job has its own.
    const entries = await app.server.db.dataSource.query(
      `SELECT module, description, description_en AS en, changes FROM audit_log
        WHERE record_id = $1 AND action = 'IMPORT' ORDER BY module`,
      [id],
    );
    expect(entries).toEqual([
      {
        module: 'customer',
        description: 'Nhập khẩu 2 khách hàng từ tệp khach-hang.xlsx (dòng 2–4)',
        en: 'Imported 2 customers from khach-hang.xlsx (rows 2–4)',
        changes: { created: { from: null, to: 2 } },
      },
      {
        module: 'import',
        description: 'Nhập khẩu khách hàng từ tệp khach-hang.xlsx: 2 thêm mới, 0 cập nhật, 0 bỏ qua, 4 lỗi',
        en: 'Imported customers from khach-hang.xlsx: 2 created, 0 updated, 0 skipped, 4 refused',
        changes: { mode: { from: null, to: 'CREATE_ONLY' } },
      },
    ]);
    // The customer's history ("Lịch sử") shows the import it came from.
    const history = await app.gql<{ auditLogs: { nodes: { action: string; description: string }[] } }>(
      `query($f: AuditLogFilter) { auditLogs(first: 10, filter: $f) { nodes { action description } } }`,
      { f: { recordId: String(rows[0].id) } },
      { token: admin },
    );
    expect(history.data!.auditLogs.nodes).toEqual([
      { action: 'IMPORT', description: entries[1].description },
    ]);
    // Finished: it cannot run again, and its uploaded file is gone from the server.
    const again = await j.run(admin, { jobId: id, mode: 'CREATE_ONLY' });
    expect(again.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(readdirSync(app.server.services.imports.uploadDir).filter((f) => f.startsWith(id))).toEqual([]);
  });

  it('cannot commit a record without an audit entry: its own, or its import batch’s', async () => {
    const ds = app.server.db.dataSource;
    const [{ id: jobId }] = await ds.query(
      `SELECT id FROM import_job WHERE NOT dry_run ORDER BY created_at DESC LIMIT 1`,
    );
    const [{ id: ownerId }] = await ds.query(`SELECT id FROM app_user WHERE email = 'admin@sen.local'`);
    const before = await app.snapshot(['customer', 'audit_log']);
    const entry = (m: EntityManager, module: string) =>
      m.query(
        `INSERT INTO audit_log (action, module, record_id, description) VALUES ('IMPORT', $1, $2, 'x')`,
        [module, jobId],
      );
    const insert = (m: EntityManager) =>
      m.query(
        `INSERT INTO customer (code, name, owner_id, import_job_id) VALUES ('KHX001', 'Không nhật ký', $1, $2)`,
        [ownerId, jobId],
      );
    // The job's entries of earlier transactions do not count, nor a batch entry about contacts.
    await expect(ds.transaction(insert)).rejects.toThrow(/no audit-log entry/);
    await expect(
      ds.transaction(async (m) => {
        await entry(m, 'contact');
        await insert(m);
      }),
    ).rejects.toThrow(/no audit-log entry/);
    // A batch entry covers the records the batch creates, never an update of one.
    await expect(
      ds.transaction(async (m) => {
        await entry(m, 'customer');
        await m.query(`UPDATE customer SET name = name || '!' WHERE import_job_id = $1`, [jobId]);
      }),
    ).rejects.toThrow(/no audit-log entry/);
    expect(await app.snapshot(['customer', 'audit_log'])).toEqual(before);
  });

  it('downloads the error report with each refused row and its reason', async () => {
    const [{ id }] = await app.server.db.dataSource.query(
      `SELECT id FROM import_job WHERE NOT dry_run ORDER BY created_at DESC LIMIT 1`,
    );
    const res = await download(app, admin, `/files/import/${id}/errors.xlsx`);
    expect(res.status).toBe(200);
    const sheet = await readXlsx(res.body);
    expect(sheet[0]).toEqual(['Dòng', ...HEADER, 'Lý do']);
    expect(sheet.slice(1).map((r) => [r[0], r[1], r[7]])).toEqual([
      ['3', 'Công ty Trùng DB', expect.stringContaining('Email: Email đã tồn tại')],
      ['5', 'Công ty Hai (lặp)', 'Email: Email trùng với dòng 4 trong tệp.'],
      ['6', 'Số sai', expect.stringContaining('Điện thoại: Số điện thoại không hợp lệ')],
      [
        '7',
        'X'.repeat(300),
        expect.stringMatching(/Tên khách hàng: Quá dài.*; Ngày thành lập .*: Ngày không hợp lệ/),
      ],
    ]);
    const other = await download(app, staff1, `/files/import/${id}/errors.xlsx`);
    expect(other.status).toBe(404);
  });

  it('SKIP_DUPLICATES skips rows matching the database or an earlier row; UPDATE_DUPLICATES updates them', async () => {
    const rows = [
      ['Tên khách hàng', 'Email', 'Điện thoại'],
      ['Công ty Có Sẵn (mới)', 'san@co.vn', '0912000222'],
      ['Công ty Ba', 'ba3@x.vn', '0977000003'],
      ['Công ty Ba lặp', 'ba3@x.vn', ''],
    ];
    const skip = await upload(app, admin, 'customers', await xlsx(rows), 'skip.xlsx');
    const s = await j.runToEnd(admin, { jobId: skip.body.jobId, mode: 'SKIP_DUPLICATES' });
    expect(s).toMatchObject({ created: 1, skipped: 2, failed: 0, updated: 0 });

    const versionBefore = await count(`SELECT version AS n FROM customer WHERE id = $1`, [existing.id]);
    const upd = await upload(app, admin, 'customers', await xlsx(rows.slice(0, 2)), 'update.xlsx');
    const u = await j.runToEnd(admin, { jobId: upd.body.jobId, mode: 'UPDATE_DUPLICATES' });
    expect(u).toMatchObject({ created: 0, updated: 1, failed: 0 });
    const [after] = await app.server.db.dataSource.query(
      `SELECT name, phone, version, import_job_id FROM customer WHERE id = $1`,
      [existing.id],
    );
    expect(after).toEqual({
      name: 'Công ty Có Sẵn (mới)',
      phone: '0912000222',
      version: versionBefore + 1,
      import_job_id: upd.body.jobId,
    });
    const [log] = await app.server.db.dataSource.query(
      `SELECT action, changes FROM audit_log WHERE record_id = $1 ORDER BY at DESC LIMIT 1`,
      [existing.id],
    );
    expect(log).toEqual({
      action: 'IMPORT',
      changes: {
        name: { from: 'Công ty Có Sẵn', to: 'Công ty Có Sẵn (mới)' },
        phone: { from: '0912000111', to: '0912000222' },
      },
    });
  });

  it('UPDATE_DUPLICATES refuses a row matching two different records', async () => {
    await crm(app).createCustomer(admin, { name: 'Hai bản ghi', email: 'hai-ban@x.vn' });
    const up = await upload(
      app,
      admin,
      'customers',
      'Tên khách hàng,Email,Điện thoại\nHai,hai-ban@x.vn,0912000222\n',
      'two.csv',
    );
    const done = await j.runToEnd(admin, { jobId: up.body.jobId, mode: 'UPDATE_DUPLICATES' });
    expect(done).toMatchObject({ updated: 0, failed: 1 });
    expect(done.errors[0].message).toBe('Dòng trùng với nhiều bản ghi khác nhau (Số điện thoại).');
  });

  it('lists the jobs in the history, newest first, each user seeing their own', async () => {
    const q = `query { importJobs(first: 50) { totalCount nodes { fileName status mode created failed createdBy { email } } } }`;
    const r = await app.gql<{
      importJobs: { totalCount: number; nodes: { fileName: string; createdBy: { email: string } }[] };
    }>(q, {}, { token: admin });
    expect(r.data!.importJobs.nodes[0].fileName).toBe('two.csv');
    expect(r.data!.importJobs.nodes.map((n) => n.fileName)).toContain('khach-hang.xlsx');
    const staff = await app.gql<{ importJobs: { totalCount: number } }>(q, {}, { token: staff1 });
    expect(staff.data!.importJobs.totalCount).toBe(0);
    const job = await app.gql(
      `query($id: ID!) { importJob(id: $id) { id } }`,
      { id: (await app.server.db.dataSource.query('SELECT id FROM import_job LIMIT 1'))[0].id },
      { token: staff1 },
    );
    expect(job.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a mapping that skips the name or maps one field twice, changing nothing', async () => {
    const up = await upload(
      app,
      admin,
      'customers',
      await xlsx([HEADER, ['A', '', '', '', '', '']]),
      'map.xlsx',
    );
    const before = await app.snapshot(['import_job', 'customer']);
    const noName = await j.run(admin, {
      jobId: up.body.jobId,
      mode: 'CREATE_ONLY',
      mapping: [{ column: 'Tên khách hàng', field: null }],
    });
    expect(noName.errors?.[0]).toMatchObject({
      message: 'Chưa chọn cột cho trường bắt buộc Tên khách hàng.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const twice = await j.run(admin, {
      jobId: up.body.jobId,
      mode: 'CREATE_ONLY',
      mapping: [
        { column: 'Tên khách hàng', field: 'name' },
        { column: 'Mô tả', field: 'name' },
      ],
    });
    expect(twice.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const notMine = await j.run(staff1, { jobId: up.body.jobId, mode: 'CREATE_ONLY' });
    expect(notMine.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await app.snapshot(['import_job', 'customer'])).toEqual(before);
  });
  it('starts a job once when "Nhập khẩu" is sent twice at the same moment', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `Đôi ${i},doi${i}@x.vn`);
    const up = await upload(app, admin, 'customers', `Tên khách hàng,Email\n${rows.join('\n')}`, 'doi.csv');
    const [a, b] = await Promise.all([
      j.run(admin, { jobId: up.body.jobId, mode: 'CREATE_ONLY' }),
      j.run(admin, { jobId: up.body.jobId, mode: 'CREATE_ONLY' }),
    ]);
    expect([a, b].filter((r) => r.errors?.[0].extensions.code === 'BAD_USER_INPUT')).toHaveLength(1);
    await app.server.services.imports.idle();
    expect(await count(`SELECT count(*) AS n FROM customer WHERE import_job_id = $1`, [up.body.jobId])).toBe(
      50,
    );
  });

  it('sweeps at start-up only the files no job can use: finished runs, deleted jobs, dead uploads', async () => {
    const imports = app.server.services.imports;
    const waiting = (await upload(app, admin, 'customers', await file(), 'cho.xlsx')).body.jobId!;
    const dir = imports.uploadDir;
    const orphan = path.join(dir, `${randomUUID()}.rows.ndjson`);
    const deadUpload = path.join(dir, `${randomUUID()}.upload`);
    const freshUpload = path.join(dir, `${randomUUID()}.upload`);
    for (const f of [orphan, deadUpload, freshUpload]) {
      writeFileSync(f, 'x');
    }
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(deadUpload, twoHoursAgo, twoHoursAgo);
    await imports.sweepUploads();
    const left = readdirSync(dir);
    expect(left).toEqual(
      expect.arrayContaining([`${waiting}.xlsx`, `${waiting}.rows.ndjson`, path.basename(freshUpload)]),
    );
    expect(left).not.toContain(path.basename(orphan));
    expect(left).not.toContain(path.basename(deadUpload));
    rmSync(freshUpload);
  });
  it('across batches: a row repeating one a batch earlier is a duplicate in the file, and every row is counted once', async () => {
    // 2,500 rows: three batches of up to 1,000, validated while the batch before is written.
    const rows: unknown[][] = [HEADER];
    for (let i = 1; i <= 2500; i++) {
      const email = i === 1700 ? 'lo5@batch.vn' : `lo${i}@batch.vn`;
      rows.push([`Công ty Lô ${i}`, '', i === 2300 ? '12345' : '', email, '', '']);
    }
    const wide = await xlsx(rows);
    const created = await count(`SELECT count(*) AS n FROM customer WHERE email LIKE '%@batch.vn'`);
    const refused = await upload(app, admin, 'customers', wide, 'lo-lon.xlsx');
    const strict = await j.runToEnd(admin, { jobId: refused.body.jobId!, mode: 'CREATE_ONLY' });
    expect(strict).toMatchObject({ status: 'DONE', processedRows: 2500, created: 2498, failed: 2 });
    expect(strict.errors).toEqual([
      { row: 1701, field: 'email', message: 'Email trùng với dòng 6 trong tệp.' },
      { row: 2301, field: 'phone', message: expect.stringContaining('Số điện thoại không hợp lệ') },
    ]);
    expect(await count(`SELECT count(*) AS n FROM customer WHERE email LIKE '%@batch.vn'`)).toBe(
      created + 2498,
    );
    expect(await count(`SELECT count(DISTINCT email) AS n FROM customer WHERE email LIKE '%@batch.vn'`)).toBe(
      created + 2498,
    );

    // The same file again, skipping duplicates: every valid row now matches the database.
    const again = await upload(app, admin, 'customers', wide, 'lo-lon-lan-2.xlsx');
    const skipped = await j.runToEnd(admin, { jobId: again.body.jobId!, mode: 'SKIP_DUPLICATES' });
    expect(skipped).toMatchObject({
      status: 'DONE',
      processedRows: 2500,
      created: 0,
      skipped: 2499,
      failed: 1,
    });
    expect(await count(`SELECT count(*) AS n FROM customer WHERE email LIKE '%@batch.vn'`)).toBe(
      created + 2498,
    );
  });
});
