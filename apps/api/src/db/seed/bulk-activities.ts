import { cliArgs } from '../../config/cli-args';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from 'typeorm';
import { openBulkRun } from './bulk-run';

/**
 * `node dist/db/seed/bulk-activities.js --activities 5000000` on a database already filled by
 * `pnpm seed:bulk -- --customers …`: activities of the customers' owners, each linked to one
 * customer (every 5th also to a second one), 20 % assigned to a colleague, a participant on every
 * 10th, due dates from a year ago to a year ahead. Set-based `INSERT … SELECT generate_series` in
 * batches with triggers off (`session_replication_role = replica`, as bulk-customers does): each
 * batch writes one IMPORT audit entry instead of one per row. The secondary indexes are dropped
 * for the load and rebuilt once at the end, which is several times faster than maintaining them.
 */
const INDEXES: [string, string][] = [
  ['ix_activity_assignee', 'activity (assignee_id, created_at, id) WHERE deleted_at IS NULL'],
  ['ix_activity_assignee_status', 'activity (assignee_id, status, created_at, id) WHERE deleted_at IS NULL'],
  ['ix_activity_creator', 'activity (created_by, created_at, id) WHERE deleted_at IS NULL'],
  ['ix_activity_created', 'activity (created_at, id) WHERE deleted_at IS NULL'],
  [
    'ix_activity_assignee_due',
    `activity (assignee_id, due_at) WHERE deleted_at IS NULL AND status IN ('PLANNED', 'IN_PROGRESS')`,
  ],
  ['ix_activity_due', 'activity (due_at, id) WHERE deleted_at IS NULL'],
  [
    'ix_activity_done',
    `activity (due_at) INCLUDE (assignee_id, created_by, id) WHERE deleted_at IS NULL AND status = 'DONE'`,
  ],
  ['ix_activity_search', 'activity USING gin (search_text gin_trgm_ops)'],
  ['ix_activity_customer_customer', 'activity_customer (customer_id, activity_id)'],
  ['ix_activity_participant_user', 'activity_participant (user_id, activity_id)'],
  [
    'ix_activity_customer_done',
    `activity_customer (customer_owner_id, done_due_at)
       INCLUDE (activity_id, customer_id, assignee_id, created_by)
       WHERE done_due_at IS NOT NULL AND created_by <> customer_owner_id AND assignee_id <> customer_owner_id`,
  ],
  [
    'ix_activity_customer_done_customer',
    `activity_customer (customer_id, done_due_at) INCLUDE (activity_id, assignee_id, created_by)
       WHERE done_due_at IS NOT NULL`,
  ],
  [
    'ix_activity_participant_done',
    `activity_participant (user_id, done_due_at) INCLUDE (activity_id, assignee_id, created_by)
       WHERE done_due_at IS NOT NULL`,
  ],
];

const NAMES = [
  'Gọi điện chào hàng',
  'Gặp khách giới thiệu sản phẩm',
  'Gửi báo giá',
  'Hẹn demo phần mềm',
  'Chăm sóc sau bán',
  'Nhắc thanh toán',
  'Ký hợp đồng',
  'Khảo sát nhu cầu',
];

async function batch(
  m: EntityManager,
  lo: number,
  hi: number,
  customers: number,
  owners: number,
): Promise<void> {
  await m.query(`SET LOCAL session_replication_role = replica`);
  await m.query(
    `WITH src AS MATERIALIZED (
       SELECT i, uuid_generate_v4() AS id, c.id AS customer_id, c.owner_id, o.id AS other,
              now() - ((i % 730) || ' days')::interval - ((i % 1440) || ' minutes')::interval AS created_at,
              (ARRAY['PLANNED','IN_PROGRESS','DONE','DONE','CANCELLED'])[i % 5 + 1] AS status,
              now() - interval '365 days' + ((i * 37) % 730 + i % 5 || ' days')::interval AS due_at,
              CASE WHEN i % 5 = 0 THEN coalesce(o.id, c.owner_id) ELSE c.owner_id END AS assignee_id
         FROM generate_series($1::bigint, $2::bigint) AS i
         JOIN bulk_customer c ON c.n = (i * 7919) % $3 + 1
         LEFT JOIN bulk_owner o ON o.n = (i * 13) % $5 + 1),
     a AS (
       INSERT INTO activity (id, name, type, status, priority, description, start_at, due_at,
                             assignee_id, created_by, created_at, updated_at)
       SELECT id, ($4::text[])[i % 8 + 1] || ' #' || i,
              (ARRAY['CALL','MEETING','EMAIL','TASK','NOTE','APPOINTMENT'])[i % 6 + 1],
              status,
              (ARRAY['LOW','NORMAL','NORMAL','HIGH','URGENT'])[i % 5 + 1],
              CASE WHEN i % 3 = 0 THEN 'Ghi chú công việc số ' || i END,
              now() - interval '365 days' + ((i * 37) % 730 || ' days')::interval,
              due_at, assignee_id, owner_id, created_at, created_at
         FROM src),
     l AS (
       -- With the copies the triggers would write (they are off): migration 1768700000001.
       INSERT INTO activity_customer (activity_id, customer_id, done_due_at, assignee_id, created_by,
                                      customer_owner_id)
       SELECT id, customer_id, CASE WHEN status = 'DONE' THEN due_at END, assignee_id, owner_id, owner_id
         FROM src
       UNION ALL
       SELECT s.id, c2.id, CASE WHEN s.status = 'DONE' THEN s.due_at END, s.assignee_id, s.owner_id, c2.owner_id
         FROM src s JOIN bulk_customer c2 ON c2.n = (s.i * 104729) % $3 + 1
        WHERE s.i % 5 = 0 AND c2.id <> s.customer_id)
     INSERT INTO activity_participant (activity_id, user_id, done_due_at, assignee_id, created_by)
     SELECT id, other, CASE WHEN status = 'DONE' THEN due_at END, assignee_id, owner_id
       FROM src WHERE i % 10 = 0 AND other IS NOT NULL AND other <> owner_id`,
    [lo, hi, customers, NAMES, owners],
  );
  await m.query(`INSERT INTO audit_log (action, module, description) VALUES ('IMPORT', 'activity', $1)`, [
    `Dữ liệu benchmark: giao dịch ${lo}–${hi}`,
  ]);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      activities: { type: 'string', default: '5000000' },
      batch: { type: 'string', default: '250000' },
    },
  });
  const total = Number(values.activities);
  const size = Number(values.batch);
  const { db, ds, log } = await openBulkRun();
  await ds.query(`DROP TABLE IF EXISTS bulk_customer, bulk_owner`);
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_customer AS
       SELECT row_number() OVER (ORDER BY id) AS n, id, owner_id FROM customer WHERE deleted_at IS NULL`,
  );
  await ds.query(`CREATE UNIQUE INDEX ON bulk_customer (n)`);
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_owner AS
       SELECT row_number() OVER (ORDER BY id) AS n, id FROM app_user
        WHERE id IN (SELECT DISTINCT owner_id FROM customer)`,
  );
  const [{ n: customers }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_customer`);
  const [{ n: owners }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_owner`);
  if (customers === 0) {
    throw new Error('no customers: run `pnpm seed:bulk -- --customers …` first');
  }
  for (const [name] of INDEXES) {
    await ds.query(`DROP INDEX IF EXISTS ${name}`);
  }
  log(`${customers} customers; loading ${total} activities`);
  for (let lo = 1; lo <= total; lo += size) {
    const hi = Math.min(lo + size - 1, total);
    await ds.transaction((m) => batch(m, lo, hi, customers, owners));
    log(`activities ${hi}`);
  }
  for (const [name, def] of INDEXES) {
    await ds.query(`CREATE INDEX IF NOT EXISTS ${name} ON ${def}`);
    log(`index ${name}`);
  }
  await ds.query(`DROP TABLE bulk_customer, bulk_owner`);
  // The done-activity counts the triggers keep (off for the load), counted once.
  await ds.query(`SELECT sen_activity_done_count_rebuild()`);
  // Sets the visibility map too, so the covering reminder indexes are read without heap visits.
  await ds.query(
    `VACUUM (ANALYZE) activity, activity_customer, activity_participant, activity_done_count, customer, contact`,
  );
  log('done');
  await db.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
