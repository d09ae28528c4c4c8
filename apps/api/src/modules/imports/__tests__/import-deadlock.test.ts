import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { jobs, upload, xlsx } from '../../../test/import-files';

/**
 * A batch that deadlocks with another session is retried, and the import finishes. Made to happen
 * for sure: the other session holds the customer the batch updates, then asks for the advisory lock
 * the batch holds on its e-mail; with a longer deadlock_timeout of its own, that session waits
 * while PostgreSQL breaks the cycle by aborting the batch (PostgreSQL only: one session embedded).
 */
(process.env.TEST_DATABASE_URL ? describe : describe.skip)('an import batch caught in a deadlock', () => {
  let admin: string;

  const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')));

  it('is retried and the update lands; the other session got the lock only because the batch let go', async () => {
    const ds = app.server.db.dataSource;
    const x = await crm(app).createCustomer(admin, { name: 'Khóa chết', email: 'khoa@deadlock.vn' });
    const up = await upload(
      app,
      admin,
      'customers',
      await xlsx([
        ['Tên khách hàng', 'Email', 'Mô tả'],
        ['Khóa chết', 'khoa@deadlock.vn', 'Cập nhật sau khóa chết'],
      ]),
      'khoa.xlsx',
    );
    const other = ds.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      await other.query(`SET LOCAL deadlock_timeout = '20s'`);
      const [{ pid }] = await other.query('SELECT pg_backend_pid() AS pid');
      await other.query(`UPDATE customer SET description = 'phiên khác' WHERE id = $1`, [x.id]);

      const j = jobs(app);
      const started = await j.run(admin, { jobId: up.body.jobId, mode: 'UPDATE_DUPLICATES' });
      expect(started.errors).toBeUndefined();
      // The batch holds the e-mail's advisory lock and waits for the customer's row.
      for (;;) {
        const [{ n }] = await ds.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
          [pid],
        );
        if (n > 0) {
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      const t0 = Date.now();
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('customer:email:khoa@deadlock.vn'))`);
      // Granted after about deadlock_timeout (1 s): the batch was the one aborted, well before 20 s.
      expect(Date.now() - t0).toBeLessThan(10_000);
      await other.rollbackTransaction();
    } finally {
      await other.release();
    }
    await app.server.services.imports.idle();
    const done = await jobs(app).get(admin, up.body.jobId!);
    expect(done).toMatchObject({ status: 'DONE', updated: 1, failed: 0 });
    const [row] = await ds.query(`SELECT description, version FROM customer WHERE id = $1`, [x.id]);
    expect(row).toEqual({ description: 'Cập nhật sau khóa chết', version: 2 });
  });
});
