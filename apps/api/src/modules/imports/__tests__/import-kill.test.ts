import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { JWT_SECRET, PASSWORD } from '../../../test/harness';

const MAIN = path.resolve(__dirname, '../../../../dist/main.js');
const ROWS = 100_000;
const base = process.env.TEST_DATABASE_URL;

jest.setTimeout(300_000);

/** The built server as a real process, so it can be killed like a crashed one. */
async function startServer(
  databaseUrl: string,
  dataDir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      SEN_DATA_DIR: dataDir,
      SEN_JWT_SECRET: JWT_SECRET,
      SEN_DEMO_DATA: 'true',
      SEN_WEB_DIST: path.join(dataDir, 'no-web'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { child, url };
}

async function gql<T>(url: string, token: string | null, query: string, variables?: object): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }
  return body.data;
}

const JOB = `query($id: ID!) { importJob(id: $id) { status processedRows created failed resumable failureMessage } }`;
const RUN = `mutation($id: ID!) { runImport(jobId: $id, mode: CREATE_ONLY) { status } }`;
type Job = {
  status: string;
  processedRows: number;
  created: number;
  failed: number;
  resumable: boolean;
  failureMessage: string | null;
};

(base && existsSync(MAIN) ? describe : describe.skip)(
  'an import killed mid-way (SIGKILL) and restarted',
  () => {
    const name = `sen_test_kill_${randomBytes(4).toString('hex')}`;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sen-kill-'));
    let databaseUrl: string;
    let db: Client;
    let server: { child: ChildProcess; url: string } | null = null;

    beforeAll(async () => {
      const admin = new Client({ connectionString: base });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const u = new URL(base!);
      u.pathname = `/${name}`;
      databaseUrl = u.toString();
      db = new Client({ connectionString: databaseUrl });
      await db.connect();
    });

    afterAll(async () => {
      server?.child.kill('SIGKILL');
      await db?.end();
      const admin = new Client({ connectionString: base });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('leaves whole batches only, marks the job resumable, and the rerun finishes without duplicates', async () => {
      server = await startServer(databaseUrl, dataDir);
      const { login } = await gql<{ login: { token: string } }>(
        server.url,
        null,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: 'admin@sen.local', p: PASSWORD },
      );
      const lines = ['Tên khách hàng,Email,Điện thoại'];
      for (let i = 0; i < ROWS; i++) {
        lines.push(`Khách ${i},k${i}@kill.vn,09${String(i).padStart(8, '0')}`);
      }
      const form = new FormData();
      form.append('file', new Blob([lines.join('\n')]), 'kill.csv');
      const up = await fetch(`${server.url}/files/import/customers`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${login.token}` },
      });
      const { jobId } = (await up.json()) as { jobId: string };
      await gql(server.url, login.token, RUN, { id: jobId });

      // Kill it somewhere in the middle, without warning.
      for (;;) {
        const [{ processed_rows: p }] = (
          await db.query('SELECT processed_rows FROM import_job WHERE id = $1', [jobId])
        ).rows;
        if (p >= ROWS / 5) {
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      server.child.kill('SIGKILL');
      await new Promise((r) => server!.child.once('exit', r));
      server = null;

      const state = async () =>
        (
          await db.query(
            `SELECT j.status, j.processed_rows AS watermark, j.created,
                  (SELECT count(*)::int FROM customer c WHERE c.import_job_id = j.id) AS rows,
                  (SELECT coalesce(sum((a.changes -> 'created' ->> 'to')::int), 0)::int FROM audit_log a
                    WHERE a.record_id = j.id::text AND a.module = 'customer' AND a.action = 'IMPORT') AS audited
             FROM import_job j WHERE j.id = $1`,
            [jobId],
          )
        ).rows[0];
      const killed = await state();
      expect(killed.status).toBe('RUNNING');
      expect(killed.watermark).toBeGreaterThanOrEqual(ROWS / 5);
      expect(killed.watermark).toBeLessThan(ROWS);
      // Every committed row has its record and its batch's audit entry; nothing past the watermark exists.
      expect(killed.rows).toBe(killed.watermark);
      expect(killed.created).toBe(killed.watermark);
      expect(killed.audited).toBe(killed.watermark);

      server = await startServer(databaseUrl, dataDir);
      const { login: again } = await gql<{ login: { token: string } }>(
        server.url,
        null,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: 'admin@sen.local', p: PASSWORD },
      );
      const failed = (await gql<{ importJob: Job }>(server.url, again.token, JOB, { id: jobId })).importJob;
      expect(failed).toMatchObject({ status: 'FAILED', resumable: true, processedRows: killed.watermark });
      expect(failed.failureMessage).toContain(`Đã ghi xong ${killed.watermark} dòng`);

      await gql(server.url, again.token, RUN, { id: jobId });
      let done: Job;
      for (;;) {
        done = (await gql<{ importJob: Job }>(server.url, again.token, JOB, { id: jobId })).importJob;
        if (done.status !== 'RUNNING') {
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(done).toMatchObject({ status: 'DONE', processedRows: ROWS, created: ROWS, failed: 0 });
      const end = await state();
      expect(end).toMatchObject({ rows: ROWS, audited: ROWS });
      const [{ dupes }] = (
        await db.query(
          `SELECT count(*)::int AS dupes FROM (SELECT email FROM customer WHERE email LIKE '%@kill.vn'
           GROUP BY email HAVING count(*) > 1) d`,
        )
      ).rows;
      expect(dupes).toBe(0);
    });

    it('resumes exactly the batches that did not commit, when later ones committed first', async () => {
      const loginAs = async (url: string) =>
        (
          await gql<{ login: { token: string } }>(
            url,
            null,
            'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
            { e: 'admin@sen.local', p: PASSWORD },
          )
        ).login.token;
      server ??= await startServer(databaseUrl, dataDir);
      const token = await loginAs(server.url);
      const total = 3000; // at least 3 batches: a batch has at most 1,000 rows
      const lines = ['Mã khách hàng,Tên khách hàng,Email,Điện thoại'];
      for (let i = 0; i < total; i++) {
        lines.push(`${i === 0 ? 'KHCHAN01' : ''},Thứ tự ${i},t${i}@order.vn,07${String(i).padStart(8, '0')}`);
      }
      const form = new FormData();
      form.append('file', new Blob([lines.join('\n')]), 'order.csv');
      const up = await fetch(`${server.url}/files/import/customers`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
      const { jobId } = (await up.json()) as { jobId: string };

      // Another session holds the first row's code, uncommitted: batch 0 waits on it in its INSERT
      // while the batches after it commit. (Another owner's customer: the per-owner level counts
      // would hold up every batch.)
      const blocker = new Client({ connectionString: databaseUrl });
      blocker.on('error', () => undefined); // dropped with the database should the test fail
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query(
        `INSERT INTO customer (code, name, owner_id)
         SELECT 'KHCHAN01', 'Chặn', id FROM app_user WHERE email = 'staff1@sen.local'`,
      );
      await gql(server.url, token, RUN, { id: jobId });
      let batches: number;
      for (;;) {
        const [job] = (
          await db.query('SELECT batch_size, done_batches FROM import_job WHERE id = $1', [jobId])
        ).rows as { batch_size: number | null; done_batches: number[] }[];
        batches = job.batch_size ? Math.ceil(total / job.batch_size) : 0;
        if (batches > 0 && job.done_batches.length === batches - 1) {
          expect(job.done_batches).not.toContain(0);
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(batches).toBeGreaterThanOrEqual(3);
      server.child.kill('SIGKILL');
      await new Promise((r) => server!.child.once('exit', r));
      server = null;
      await blocker.query('ROLLBACK');
      await blocker.end();

      const rows = async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n, count(DISTINCT email)::int AS emails,
                    count(*) FILTER (WHERE email = 't0@order.vn')::int AS first,
                    (SELECT processed_rows FROM import_job WHERE id = $1) AS watermark
               FROM customer WHERE email LIKE '%@order.vn'`,
            [jobId],
          )
        ).rows[0];
      const killed = await rows();
      expect(killed.first).toBe(0);
      expect(killed.n).toBe(killed.watermark);
      expect(killed.n).toBe(killed.emails);
      expect(killed.n).toBeGreaterThan(0);

      server = await startServer(databaseUrl, dataDir);
      const again = await loginAs(server.url);
      await gql(server.url, again, RUN, { id: jobId });
      let done: Job;
      for (;;) {
        done = (await gql<{ importJob: Job }>(server.url, again, JOB, { id: jobId })).importJob;
        if (done.status !== 'RUNNING') {
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(done).toMatchObject({ status: 'DONE', processedRows: total, created: total, failed: 0 });
      expect(await rows()).toEqual({ n: total, emails: total, first: 1, watermark: total });
      const [{ code }] = (await db.query(`SELECT code FROM customer WHERE email = 't0@order.vn'`)).rows;
      expect(code).toBe('KHCHAN01');
    });
  },
);
