import { startTestApp, type TestApp } from '../../test/harness';

/**
 * The server's PostgreSQL sessions compile no statement to machine code: a board or dashboard
 * count over a million rows crosses `jit_above_cost` and spent 0.5–1.6 s compiling a query that
 * runs in tens of milliseconds (issue 16). PostgreSQL only (the embedded database has no JIT).
 */
const base = process.env.TEST_DATABASE_URL;
const maybe = base ? describe : describe.skip;

let app: TestApp;
beforeAll(async () => {
  if (base) {
    app = await startTestApp();
  }
});
afterAll(() => app?.close());

maybe('PostgreSQL sessions of the server', () => {
  it('run with JIT and parallel workers off, on every pooled connection', async () => {
    const ds = app.server.db.dataSource;
    const runners = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const r = ds.createQueryRunner();
        await r.connect();
        return r;
      }),
    );
    try {
      for (const r of runners) {
        const [{ jit }] = (await r.query('SHOW jit')) as { jit: string }[];
        expect(jit).toBe('off');
        const [{ max_parallel_workers_per_gather: workers }] = (await r.query(
          'SHOW max_parallel_workers_per_gather',
        )) as { max_parallel_workers_per_gather: string }[];
        expect(workers).toBe('0');
      }
    } finally {
      await Promise.all(runners.map((r) => r.release()));
    }
  });
});
