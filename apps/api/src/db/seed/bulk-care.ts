import { cliArgs } from '../../config/cli-args';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from 'typeorm';
import { openBulkRun } from './bulk-run';

/**
 * `pnpm seed:care -- --cards 2000000` on a database already filled by `pnpm seed:bulk -- --customers …`
 * (issue 18's benchmark data): care cards over the customers, 85 % kept by the customer's owner and
 * the rest by another bulk owner, in the owner's department as their unit (every 20th card in another
 * unit), care dates over the last two years, channel and satisfaction from the admin lists (some
 * left empty), a result, notes on every 4th card, tags, and every 50th card shared with a colleague.
 * The order number is text (`DHB…`); the base has no orders to link, so `order_id` stays empty.
 *
 * Set-based `INSERT … SELECT generate_series` in batches with triggers off
 * (`session_replication_role = replica`, as bulk-customers does): each batch writes one IMPORT
 * audit entry instead of one per row, and fills `search_text` itself with the trigger's formula
 * (`sen_fold(code, order number, the customer's code and name)`). The secondary indexes are dropped
 * for the load and rebuilt once at the end. Codes use their own prefix (TCB…), so the app's
 * CARE_CARD counter goes on. Its work tables are named `bulk_care_*`, apart from other generators'.
 */
const RESULTS = [
  'Khách hài lòng với sản phẩm',
  'Hẹn gọi lại tuần sau',
  'Đã giải đáp thắc mắc',
  'Cần hỗ trợ kỹ thuật',
  'Đề nghị gia hạn hợp đồng',
  'Đã gửi tài liệu hướng dẫn',
];
const TAG_SETS = ['{}', '{}', '{}', '{VIP}', '{"Sau bán"}', '{VIP,"Tái ký"}', '{"Khiếu nại"}', '{"Tết"}'];

async function batch(m: EntityManager, lo: number, hi: number, run: string, sizes: Sizes): Promise<void> {
  await m.query(`SET LOCAL session_replication_role = replica`);
  await m.query(
    `WITH src AS MATERIALIZED (
       SELECT i, uuid_generate_v4() AS id, c.id AS customer_id, c.code AS customer_code, c.name AS customer_name,
              CASE WHEN i % 20 < 17 THEN c.owner_id ELSE o.id END AS owner_id,
              'TCB' || $4 || lpad(i::text, 7, '0') AS code,
              'DHB' || $4 || lpad(i::text, 7, '0') AS order_number,
              (current_date - ((hashint8extended(i, 31) & 2147483647) % 730)::int) AS care_date
         FROM generate_series($1::bigint, $2::bigint) AS i
         JOIN bulk_care_customer c ON c.n = (hashint8extended(i, 29) & 2147483647) % $3 + 1
         JOIN bulk_care_owner o ON o.n = (i * 13) % $5 + 1),
     card AS (
       INSERT INTO care_card (id, code, customer_id, order_number, owner_id, unit_id, care_date, channel,
                              satisfaction, result, notes, tags, created_by, created_at, updated_at, search_text)
       SELECT s.id, s.code, s.customer_id, s.order_number, s.owner_id,
              CASE WHEN s.i % 20 = 7 THEN ($6::uuid[])[1 + s.i % cardinality($6::uuid[])] ELSE u.department_id END,
              s.care_date,
              CASE WHEN s.i % 10 = 3 THEN NULL ELSE ($7::text[])[1 + (hashint8extended(s.i, 37) & 2147483647) % cardinality($7::text[])] END,
              CASE WHEN s.i % 7 = 2 THEN NULL ELSE ($8::text[])[1 + (hashint8extended(s.i, 41) & 2147483647) % cardinality($8::text[])] END,
              CASE WHEN s.i % 9 = 4 THEN NULL ELSE ($9::text[])[1 + s.i % cardinality($9::text[])] END,
              CASE WHEN s.i % 4 = 0 THEN 'Ghi chú chăm sóc số ' || s.i END,
              ($10::text[])[1 + (s.i * 3) % cardinality($10::text[])]::text[],
              s.owner_id, s.care_date + time '09:00' + (s.i % 480) * interval '1 minute',
              s.care_date + time '09:00' + (s.i % 480) * interval '1 minute',
              sen_fold(concat_ws(' ', s.code, s.order_number, s.customer_code || ' ' || s.customer_name))
         FROM src s JOIN app_user u ON u.id = s.owner_id
       RETURNING id, owner_id)
     INSERT INTO care_card_share (care_card_id, user_id)
     SELECT s.id, o.id FROM src s JOIN bulk_care_owner o ON o.n = (hashint8extended(s.i, 43) & 2147483647) % $5 + 1
      WHERE s.i % 50 = 0 AND o.id <> s.owner_id`,
    [
      lo,
      hi,
      sizes.customers,
      run,
      sizes.owners,
      sizes.units,
      sizes.channels,
      sizes.satisfactions,
      RESULTS,
      TAG_SETS,
    ],
  );
  await m.query(`INSERT INTO audit_log (action, module, description) VALUES ('IMPORT', 'care-cards', $1)`, [
    `Dữ liệu benchmark: thẻ chăm sóc ${lo}–${hi}`,
  ]);
}

interface Sizes {
  customers: number;
  owners: number;
  units: string[];
  channels: string[];
  satisfactions: string[];
}

/** Every index of a table but its constraints', to drop for the load and build once after it. */
async function secondaryIndexes(m: EntityManager, table: string) {
  return (await m.query(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
    [table],
  )) as { name: string; definition: string }[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      cards: { type: 'string', default: '2000000' },
      batch: { type: 'string', default: '100000' },
    },
  });
  const total = Number(values.cards);
  const size = Number(values.batch);
  const { db, ds, log, run } = await openBulkRun();
  await ds.query(`DROP TABLE IF EXISTS bulk_care_customer, bulk_care_owner`);
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_care_customer AS
       SELECT row_number() OVER (ORDER BY id) AS n, id, code, name, owner_id FROM customer WHERE deleted_at IS NULL`,
  );
  await ds.query(`CREATE UNIQUE INDEX ON bulk_care_customer (n)`);
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_care_owner AS
       SELECT row_number() OVER (ORDER BY id) AS n, id FROM app_user
        WHERE id IN (SELECT DISTINCT owner_id FROM customer WHERE deleted_at IS NULL)`,
  );
  await ds.query(`CREATE UNIQUE INDEX ON bulk_care_owner (n)`);
  const [{ n: customers }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_care_customer`);
  const [{ n: owners }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_care_owner`);
  if (customers === 0) {
    throw new Error('no customers: run `pnpm seed:bulk -- --customers …` first');
  }
  const list = async (kind: string) =>
    (
      (await ds.query(`SELECT name FROM category WHERE kind = $1 ORDER BY sort_order, name`, [kind])) as {
        name: string;
      }[]
    ).map((r) => r.name);
  const sizes: Sizes = {
    customers,
    owners,
    // The departments of the owners: the units a card may be filed under.
    units: (
      (await ds.query(
        `SELECT DISTINCT u.department_id AS id FROM app_user u JOIN bulk_care_owner o ON o.id = u.id
          WHERE u.department_id IS NOT NULL ORDER BY 1`,
      )) as { id: string }[]
    ).map((r) => r.id),
    channels: await list('CARE_CHANNEL'),
    satisfactions: await list('CARE_SATISFACTION'),
  };
  if (!sizes.units.length || !sizes.channels.length || !sizes.satisfactions.length) {
    throw new Error('the owners need departments, and the care lists values (migration CareCards)');
  }
  log(`${customers} customers, ${owners} owners, ${sizes.units.length} units; loading ${total} care cards`);

  const dropped: { name: string; definition: string }[] = [];
  for (const table of ['care_card', 'care_card_share']) {
    for (const index of await secondaryIndexes(ds.manager, table)) {
      await ds.query(`DROP INDEX ${index.name}`);
      dropped.push(index);
    }
  }
  try {
    for (let lo = 1; lo <= total; lo += size) {
      const hi = Math.min(lo + size - 1, total);
      await ds.transaction((m) => batch(m, lo, hi, run, sizes));
      log(`care cards ${hi}`);
    }
  } finally {
    for (const { name, definition } of dropped) {
      await ds.transaction(async (m) => {
        await m.query(`SET LOCAL maintenance_work_mem = '512MB'`);
        await m.query(definition);
      });
      log(`index ${name}`);
    }
    await ds.query(`DROP TABLE IF EXISTS bulk_care_customer, bulk_care_owner`);
  }
  // Sets the visibility map too, so index-only scans skip the heap.
  await ds.query(`VACUUM (ANALYZE) care_card, care_card_share`);
  log('done');
  await db.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
