import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadEnv } from '../../../config/env';
import { startServer, type RunningServer } from '../../../server';
import { JWT_SECRET, startTestApp, type TestApp } from '../../../test/harness';
import { campaignApi } from '../../campaign/campaign-test-helpers';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const REGISTER =
  'mutation($code: String!, $i: CampaignRegistrationInput!) { registerForCampaign(campaignCode: $code, input: $i) }';

async function post(url: string, query: string, variables: Record<string, unknown>, headers = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: unknown; errors?: { extensions: { code: string } }[] };
}

const code = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0].extensions.code ?? 'OK';

describe('one server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('verifies at most five of 40 parallel guesses: the right password at position 30 is locked out', async () => {
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 29 ? 'sen-demo-2026' : `wrong-guess-${i}`));
    const results = await Promise.all(guesses.map((p) => post(app.url, LOGIN, { e: 'staff2@sen.local', p })));
    const codes = results.map(code);
    expect(codes[29]).toBe('TOO_MANY_REQUESTS');
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(35);
    expect(codes).not.toContain('OK');
    const after = await post(app.url, LOGIN, { e: 'staff2@sen.local', p: 'sen-demo-2026' });
    expect(code(after)).toBe('TOO_MANY_REQUESTS');
    // Other accounts still sign in from this address.
    expect(code(await post(app.url, LOGIN, { e: 'staff1@sen.local', p: 'sen-demo-2026' }))).toBe('OK');
  });

  it('does not let successful logins from one address lock it out', async () => {
    for (let i = 0; i < 52; i++) {
      expect(code(await post(app.url, LOGIN, { e: 'manager@sen.local', p: 'sen-demo-2026' }))).toBe('OK');
    }
  });

  it('ignores X-Forwarded-For unless SEN_TRUST_PROXY is set: rotating it does not escape the address limit', async () => {
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        post(
          app.url,
          LOGIN,
          { e: `nobody${i}@sen.local`, p: 'wrong-password' },
          { 'x-forwarded-for': `203.0.113.${i}` },
        ),
      ),
    );
    expect(results.map(code)).toContain('TOO_MANY_REQUESTS');
    const right = await post(
      app.url,
      LOGIN,
      { e: 'admin@sen.local', p: 'sen-demo-2026' },
      { 'x-forwarded-for': '198.51.100.7' },
    );
    expect(code(right)).toBe('TOO_MANY_REQUESTS');
  });
});

it('trusts X-Forwarded-For behind a configured proxy (SEN_TRUST_PROXY)', async () => {
  const app = await startTestApp({ SEN_TRUST_PROXY: 'loopback' });
  try {
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        post(
          app.url,
          LOGIN,
          { e: `nobody${i}@sen.local`, p: 'wrong-password' },
          { 'x-forwarded-for': '203.0.113.9' },
        ),
      ),
    );
    const same = await post(
      app.url,
      LOGIN,
      { e: 'admin@sen.local', p: 'sen-demo-2026' },
      { 'x-forwarded-for': '203.0.113.9' },
    );
    expect(code(same)).toBe('TOO_MANY_REQUESTS');
    const other = await post(
      app.url,
      LOGIN,
      { e: 'admin@sen.local', p: 'sen-demo-2026' },
      { 'x-forwarded-for': '198.51.100.7' },
    );
    expect(code(other)).toBe('OK');
  } finally {
    await app.close();
  }
});

const MAIN = path.resolve(__dirname, '../../../../dist/main.js');
/** Short claims, so that a killed runner's job is taken over within seconds. */
const LEASE_SECONDS = '2';

/** The built server as a real process (a third instance), so it can be killed like a crashed one. */
async function spawnServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, NODE_ENV: 'test', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        resolve(m[1]);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (c) => reject(new Error(`server exited (${c}): ${out}`)));
  });
  return { child, url };
}

describe('two servers on one database', () => {
  let app: TestApp;
  let second: RunningServer;
  beforeAll(async () => {
    app = await startTestApp({ SEN_IMPORT_LEASE_SECONDS: LEASE_SECONDS });
    // Another instance: its own process id and claims, the same database and SEN_DATA_DIR.
    second = await startServer(
      loadEnv({
        NODE_ENV: 'test',
        PORT: '0',
        SEN_DATA_DIR: app.env.dataDir,
        SEN_JWT_SECRET: JWT_SECRET,
        SEN_WEB_DIST: app.env.webDist,
        SEN_INSTANCE_ID: 'server-b',
        SEN_IMPORT_LEASE_SECONDS: LEASE_SECONDS,
        ...(app.env.databaseUrl ? { DATABASE_URL: app.env.databaseUrl } : {}),
      }),
    );
  });
  afterAll(async () => {
    await second.close();
    await app.close();
  });

  it('share the login lockout', async () => {
    for (const url of [app.url, second.url, app.url, second.url, app.url]) {
      expect(code(await post(url, LOGIN, { e: 'staff1@sen.local', p: 'not-the-password' }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const locked = await post(second.url, LOGIN, { e: 'staff1@sen.local', p: 'sen-demo-2026' });
    expect(code(locked)).toBe('TOO_MANY_REQUESTS');
    expect(code(await post(app.url, LOGIN, { e: 'staff1@sen.local', p: 'sen-demo-2026' }))).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it("share the public registration form's limit", async () => {
    const staff = await app.login('staff2@sen.local');
    await campaignApi(app).create(staff, { name: 'Hội thảo chung', code: 'HT2SERVER' });
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const url = i % 2 === 0 ? app.url : second.url;
      const r = await post(url, REGISTER, {
        code: 'HT2SERVER',
        i: { name: `Khách ${i}`, phone: `09123460${String(i).padStart(2, '0')}` },
      });
      codes.push(code(r));
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('OK'));
    expect(codes.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });

  const JOB = `query($id: ID!) { importJob(id: $id) { status processedRows totalRows created failed resumable
    failureMessage } }`;
  const RUN = `mutation($id: ID!) { runImport(jobId: $id, mode: CREATE_ONLY) { status } }`;
  type Job = {
    status: string;
    processedRows: number;
    created: number;
    resumable: boolean;
    failureMessage: string;
  };
  const ROWS = 60_000;

  (process.env.TEST_DATABASE_URL && existsSync(MAIN) ? it : it.skip)(
    'poll an import started on another server, take it over when that server is killed, and resume it',
    async () => {
      // Server A: a real process on the same database and the same SEN_DATA_DIR.
      const a = await spawnServer({
        DATABASE_URL: app.env.databaseUrl!,
        SEN_DATA_DIR: app.env.dataDir,
        SEN_JWT_SECRET: JWT_SECRET,
        SEN_WEB_DIST: app.env.webDist,
        SEN_INSTANCE_ID: 'server-a',
        SEN_IMPORT_LEASE_SECONDS: LEASE_SECONDS,
      });
      try {
        // One session for all: tokens are checked against the shared database.
        const token = await app.login('admin@sen.local');
        const auth = { authorization: `Bearer ${token}` };
        const job = async (url: string) => {
          const r = (await post(url, JOB, { id: jobId }, auth)) as { data: { importJob: Job } };
          return r.data.importJob;
        };
        const lines = ['Tên khách hàng,Email,Điện thoại'];
        for (let i = 0; i < ROWS; i++) {
          lines.push(`Khách ${i},k${i}@hai-may.vn,08${String(i).padStart(8, '0')}`);
        }
        const form = new FormData();
        form.append('file', new Blob([lines.join('\n')]), 'hai-may.csv');
        const up = await fetch(`${a.url}/files/import/customers`, {
          method: 'POST',
          body: form,
          headers: auth,
        });
        expect(up.status).toBe(201);
        const { jobId } = (await up.json()) as { jobId: string };
        expect(code(await post(a.url, RUN, { id: jobId }, auth))).toBe('OK');

        // Server B sees A's run progress, from the database, and cannot start it a second time.
        let seen: Job;
        do {
          seen = await job(second.url);
          await new Promise((r) => setTimeout(r, 20));
        } while (seen.status === 'RUNNING' && seen.processedRows < 2000);
        expect(seen).toMatchObject({ status: 'RUNNING' });
        expect(seen.processedRows).toBeGreaterThanOrEqual(2000);
        expect(seen.processedRows).toBeLessThan(ROWS);
        expect(code(await post(second.url, RUN, { id: jobId }, auth))).toBe('BAD_USER_INPUT');
        const [{ runner }] = await app.server.db.dataSource.query(
          'SELECT runner FROM import_job WHERE id = $1',
          [jobId],
        );
        expect(runner).toMatch(/^server-a\//);

        a.child.kill('SIGKILL');
        await new Promise((r) => a.child.once('exit', r));
        const [{ watermark }] = await app.server.db.dataSource.query(
          'SELECT processed_rows AS watermark FROM import_job WHERE id = $1',
          [jobId],
        );

        // A's claim lapses: an instance marks the job interrupted, resumable from its committed batches.
        const killedAt = Date.now();
        let failed: Job;
        do {
          await new Promise((r) => setTimeout(r, 200));
          failed = await job(second.url);
        } while (failed.status === 'RUNNING' && Date.now() - killedAt < 30_000);
        expect(failed).toMatchObject({ status: 'FAILED', resumable: true, processedRows: watermark });
        expect(failed.failureMessage).toContain(`Đã ghi xong ${watermark} dòng`);

        // Resumed on B, from the upload A received (the shared SEN_DATA_DIR): every row once.
        expect(code(await post(second.url, RUN, { id: jobId }, auth))).toBe('OK');
        let done: Job;
        do {
          await new Promise((r) => setTimeout(r, 200));
          done = await job(app.url);
        } while (done.status === 'RUNNING');
        expect(done).toMatchObject({ status: 'DONE', processedRows: ROWS, created: ROWS, failed: 0 });
        const [{ rows, emails }] = await app.server.db.dataSource.query(
          `SELECT count(*)::int AS rows, count(DISTINCT email)::int AS emails FROM customer
            WHERE email LIKE '%@hai-may.vn'`,
        );
        expect({ rows, emails }).toEqual({ rows: ROWS, emails: ROWS });
      } finally {
        a.child.kill('SIGKILL');
      }
    },
    240_000,
  );
});
