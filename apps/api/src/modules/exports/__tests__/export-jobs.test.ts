import { existsSync } from 'node:fs';
import path from 'node:path';
import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { download, readXlsx } from '../../../test/import-files';

interface Job {
  id: string;
  module: string;
  format: string;
  fileName: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  totalRows: number | null;
  processedRows: number;
  fileSize: number | null;
  error: string | null;
  downloadUrl: string | null;
  expiresAt: string;
}

const JOB_FIELDS =
  'id module format fileName status totalRows processedRows fileSize error downloadUrl expiresAt';

describe('X-08: a large export runs in the background, shows progress and waits a day for its download', () => {
  let admin: string;
  let staff1: string;
  let staff2: string;

  const app = useTestApp(
    async (a) => ([admin, staff1, staff2] = await a.signIn('admin', 'staff1', 'staff2')),
  );
  beforeAll(async () => {
    const h = crm(app);
    for (const [i, name] of ['Zjob Một', 'Zjob Hai', 'Zjob Ba'].entries()) {
      await h.createCustomer(staff1, { name, email: `kh${i}@zjob.vn` });
    }
    await h.createCustomer(admin, { name: 'Zjob Của Admin' });
  });

  const start = (token: string | null, file: string, filter: object, extra = '') =>
    fetch(`${app.url}/files/export/${file}?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  const job = async (token: string, id: string) => {
    const r = await app.gql<{ exportJob: Job }>(
      `query($id: ID!) { exportJob(id: $id) { ${JOB_FIELDS} } }`,
      { id },
      { token },
    );
    return r;
  };

  const finished = async (token: string, id: string): Promise<Job> => {
    for (let i = 0; i < 300; i++) {
      const r = await job(token, id);
      if (r.data?.exportJob.status !== 'RUNNING') {
        return r.data!.exportJob;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the export did not finish');
  };

  it('runs a STAFF user’s export in the background and hands over the file the list would have given', async () => {
    const res = await start(staff1, 'customers.csv', { search: 'zjob' }, '&total=3');
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    const done = await finished(staff1, jobId);
    expect(done).toMatchObject({
      module: 'customers',
      format: 'csv',
      status: 'DONE',
      totalRows: 3,
      processedRows: 3,
      error: null,
      downloadUrl: `/files/export-jobs/${jobId}`,
    });
    expect(done.fileName).toMatch(/^khach-hang-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(new Date(done.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);

    const file = await download(app, staff1, done.downloadUrl!);
    expect(file.status).toBe(200);
    expect(file.type).toContain('text/csv');
    expect(file.body.length).toBe(done.fileSize);
    const lines = file.body.toString('utf8').slice(1).trim().split('\r\n');
    // The admin's customer is outside staff1's scope: not in the file.
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[1])
        .sort(),
    ).toEqual(['Zjob Ba', 'Zjob Hai', 'Zjob Một']);

    const [log] = await app.server.db.dataSource.query(
      `SELECT description FROM audit_log WHERE action = 'EXPORT' ORDER BY at DESC LIMIT 1`,
    );
    expect(log.description).toBe('Xuất khẩu 3 khách hàng ra tệp CSV');

    const mine = await app.gql<{ exportJobs: Job[] }>(`{ exportJobs { id status } }`, {}, { token: staff1 });
    expect(mine.data!.exportJobs[0]).toEqual({ id: jobId, status: 'DONE' });
  });

  it('runs any list in the background to .xlsx (products)', async () => {
    for (const code of ['ZJOB-1', 'ZJOB-2']) {
      const created = await app.gql(
        `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`,
        { i: { code, name: `Sản phẩm ${code}`, unit: 'Cái', price: '150000' } },
        { token: admin },
      );
      expect(created.errors).toBeUndefined();
    }
    const res = await start(admin, 'products.xlsx', {});
    expect(res.status).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };
    const done = await finished(admin, jobId);
    expect(done.status).toBe('DONE');
    const file = await download(app, admin, done.downloadUrl!);
    const rows = await readXlsx(file.body);
    expect(rows.length - 1).toBe(done.processedRows);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['ZJOB-1', 'ZJOB-2']));
  });

  it('keeps a job and its file to the user who asked', async () => {
    const { jobId } = (await (await start(staff1, 'customers.xlsx', { search: 'zjob' })).json()) as {
      jobId: string;
    };
    await finished(staff1, jobId);
    const other = await download(app, staff2, `/files/export-jobs/${jobId}`);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body.toString('utf8'))).toMatchObject({ code: 'NOT_FOUND' });
    const r = await job(staff2, jobId);
    expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const list = await app.gql<{ exportJobs: Job[] }>(`{ exportJobs { id } }`, {}, { token: staff2 });
    expect(list.data!.exportJobs.map((j) => j.id)).not.toContain(jobId);
    const anonymous = await fetch(`${app.url}/files/export-jobs/${jobId}`);
    expect(anonymous.status).toBe(401);
  });

  it('refuses a bad request before queueing anything', async () => {
    const before = await app.snapshot(['export_job', 'audit_log']);
    const bad = await start(staff1, 'customers.csv', { levels: ['NOT_A_LEVEL'] });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    const badList = await start(staff1, 'orders.csv', { statuses: ['NOPE'] });
    expect(badList.status).toBe(400);
    const unknown = await start(staff1, 'widgets.xlsx', {});
    expect(unknown.status).toBe(404);
    const anonymous = await start(null, 'customers.csv', {});
    expect(anonymous.status).toBe(401);
    expect(await app.snapshot(['export_job', 'audit_log'])).toEqual(before);
  });

  it('deletes a job and its file after a day', async () => {
    const { jobId } = (await (await start(staff1, 'customers.csv', { search: 'zjob' })).json()) as {
      jobId: string;
    };
    const done = await finished(staff1, jobId);
    const file = path.join(app.env.dataDir, 'exports', `${jobId}.csv`);
    expect(existsSync(file)).toBe(true);
    await app.server.db.dataSource.query(
      `UPDATE export_job SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [jobId],
    );
    expect((await download(app, staff1, done.downloadUrl!)).status).toBe(404);
    const list = await app.gql<{ exportJobs: Job[] }>(`{ exportJobs { id } }`, {}, { token: staff1 });
    expect(list.data!.exportJobs.map((j) => j.id)).not.toContain(jobId);
    expect(existsSync(file)).toBe(false);
    const rows = await app.server.db.dataSource.query(`SELECT id FROM export_job WHERE id = $1`, [jobId]);
    expect(rows).toEqual([]);
  });

  it('shows a job whose server stopped as failed, with the reason in words', async () => {
    const [{ id: userId }] = await app.server.db.dataSource.query(
      `SELECT id FROM app_user WHERE email = 'staff1@sen.local'`,
    );
    const [{ id }] = await app.server.db.dataSource.query(
      `INSERT INTO export_job (user_id, module, format, file_name, status, processed_rows, updated_at, expires_at)
       VALUES ($1, 'customers', 'csv', 'khach-hang.csv', 'RUNNING', 4000, now() - interval '10 minutes', now() + interval '1 day')
       RETURNING id`,
      [userId],
    );
    const r = await job(staff1, id);
    expect(r.data!.exportJob).toMatchObject({ status: 'FAILED', downloadUrl: null });
    expect(r.data!.exportJob.error).toContain('máy chủ khởi động lại');
  });
});
