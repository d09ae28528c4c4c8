import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../test/harness';

/**
 * Issue 13, item 3: PostgreSQL ends the server's sessions (a restart, a failover, an admin's
 * pg_terminate_backend) while requests run. The process survives (every pooled and dedicated
 * client has an 'error' listener) and serves again within seconds. PostgreSQL only.
 */
const base = process.env.TEST_DATABASE_URL;
const maybe = base ? describe : describe.skip;

let app: TestApp;
let token: string;
beforeAll(async () => {
  if (base) {
    app = await startTestApp();
    token = await app.login('admin@sen.local');
  }
});
afterAll(() => app?.close());

async function terminateSessions(): Promise<number> {
  const dbName = app.server.db.dataSource.options.database as string | undefined;
  const url = new URL(app.env.databaseUrl!);
  const name = dbName ?? url.pathname.slice(1);
  const admin = new Client({ connectionString: base });
  await admin.connect();
  const { rows } = await admin.query(
    'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [name],
  );
  await admin.end();
  return rows[0].n as number;
}

maybe('the database drops its connections', () => {
  it('keeps the process alive under load and serves again within seconds', async () => {
    const errors: unknown[] = [];
    const onUncaught = (err: unknown) => errors.push(err);
    process.on('uncaughtException', onUncaught);
    let running = true;
    let served = 0;
    const worker = async () => {
      while (running) {
        const r = await app
          .gql('{ customers(first: 20) { nodes { id name } totalCount } }', {}, { token })
          .catch(() => null);
        if (r?.data) {
          served++;
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    try {
      for (let round = 0; round < 3; round++) {
        // A dedicated client held between queries, as a long job's transaction holds one.
        const runner = app.server.db.dataSource.createQueryRunner();
        await runner.connect();
        await runner.query('SELECT 1');
        await new Promise((r) => setTimeout(r, 300));
        expect(await terminateSessions()).toBeGreaterThan(0);
        await new Promise((r) => setTimeout(r, 300));
        await runner.release().catch(() => undefined);
      }
      running = false;
      await Promise.all(workers);
      expect(served).toBeGreaterThan(0);
      // Serves again within seconds.
      const deadline = Date.now() + 5000;
      let ok = false;
      while (!ok && Date.now() < deadline) {
        const r = await app.gql<{ me: { email: string } }>('{ me { email } }', {}, { token });
        ok = r.data?.me.email === 'admin@sen.local';
        if (!ok) {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      expect(ok).toBe(true);
      const health = await fetch(`${app.url}/healthz`);
      expect(health.status).toBe(200);
      expect(errors).toEqual([]);
    } finally {
      running = false;
      process.off('uncaughtException', onUncaught);
    }
  });
});
