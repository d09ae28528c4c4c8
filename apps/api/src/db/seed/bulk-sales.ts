import { cliArgs } from '../../config/cli-args';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from 'typeorm';
import { openBulkRun } from './bulk-run';

/**
 * `node dist/db/seed/bulk-sales.js --products 2000 --opportunities 200000 --quotes 500000` on a
 * database already filled by `pnpm seed:bulk -- --customers …` (issue 16's benchmark data): a
 * catalogue, opportunities of the customers' owners spread over the pipeline, and quotes with 3–8
 * lines each from the catalogue, over the last two years.
 *
 * Set-based `INSERT … SELECT generate_series` in batches with triggers off
 * (`session_replication_role = replica`, as bulk-customers does): each batch writes one IMPORT
 * audit entry instead of one per row, and fills `search_text` (the trigger's formula) and `customer_owner_id`
 * (each document is owned by its customer's owner here) itself.
 * Line amounts follow the shared rule (`computeLine`): amount = quantity × unit price, discount =
 * round(amount × % / 100), VAT = round((amount − discount) × rate), half up; a quote's totals are the
 * sums of its lines. Numbers use their own prefixes (CHB…, BGB…), so the app's counters go on.
 */
const RATES = `(CASE l.vat_rate WHEN 'FIVE' THEN 0.05 WHEN 'EIGHT' THEN 0.08 WHEN 'TEN' THEN 0.10 ELSE 0 END)`;

const PRODUCT_WORDS = [
  'Phần mềm quản lý bán hàng',
  'Gói tên miền .vn',
  'Máy in hóa đơn',
  'Dịch vụ triển khai',
  'Đào tạo sử dụng',
  'Bảo trì hệ thống',
  'Máy chấm công vân tay',
  'Thiết bị mạng',
  'Ổ cứng lưu trữ',
  'Chữ ký số',
];

async function products(m: EntityManager, n: number, run: string, adminId: string): Promise<void> {
  await m.query(`SET LOCAL session_replication_role = replica`);
  await m.query(
    `INSERT INTO product (code, name, kind, unit, price, vat_rate, owner_id)
     SELECT 'SPB' || $2 || lpad(i::text, 5, '0'),
            ($3::text[])[1 + i % cardinality($3::text[])] || ' ' || i,
            CASE WHEN i % 3 = 0 THEN 'SERVICE' ELSE 'GOODS' END,
            (ARRAY['Gói', 'Cái', 'Bộ', 'Giờ', 'Tháng'])[1 + i % 5],
            (50 + (hashint8extended(i, 1) & 1023) * 25) * 1000,
            (ARRAY['TEN', 'TEN', 'EIGHT', 'FIVE', 'ZERO', 'EXEMPT'])[1 + i % 6],
            $4
       FROM generate_series(1, $1::int) AS i`,
    [n, run, PRODUCT_WORDS, adminId],
  );
  await m.query(`INSERT INTO audit_log (action, module, description) VALUES ('IMPORT', 'products', $1)`, [
    `Dữ liệu benchmark: ${n} hàng hóa`,
  ]);
}

async function opportunities(m: EntityManager, lo: number, hi: number, run: string, customers: number) {
  await m.query(`SET LOCAL session_replication_role = replica`);
  await m.query(
    `WITH src AS MATERIALIZED (
       SELECT i, c.id AS customer_id, c.owner_id,
              (ARRAY['NEEDS_ANALYSIS','NEEDS_ANALYSIS','PROPOSAL','PROPOSAL','NEGOTIATION','WON','LOST'])[1 + i % 7] AS stage,
              now() - ((i * 37) % 730 || ' days')::interval - ((i % 1440) || ' minutes')::interval AS created_at
         FROM generate_series($1::bigint, $2::bigint) AS i
         JOIN bulk_customer c ON c.n = (i * 7919) % $3 + 1)
     INSERT INTO opportunity (code, name, customer_id, stage, probability, expected_value, expected_close_date,
                              lost_reason, stage_changed_at, owner_id, customer_owner_id, created_by, created_at, updated_at,
                              search_text)
     SELECT 'CHB' || $4 || lpad(i::text, 7, '0'),
            (ARRAY['Triển khai phần mềm', 'Mua thiết bị', 'Gia hạn dịch vụ', 'Mở rộng chi nhánh'])[1 + i % 4] || ' ' || i,
            customer_id, stage,
            CASE stage WHEN 'NEEDS_ANALYSIS' THEN 20 WHEN 'PROPOSAL' THEN 50 WHEN 'NEGOTIATION' THEN 75
                       WHEN 'WON' THEN 100 ELSE 0 END,
            (1 + (hashint8extended(i, 2) & 4095)) * 250000,
            (created_at + ((30 + i % 90) || ' days')::interval)::date,
            CASE WHEN stage = 'LOST' THEN 'Khách chọn nhà cung cấp khác' END,
            created_at, owner_id, owner_id, owner_id, created_at, created_at,
            sen_fold(concat_ws(' ', 'CHB' || $4 || lpad(i::text, 7, '0'),
                     (ARRAY['Triển khai phần mềm', 'Mua thiết bị', 'Gia hạn dịch vụ', 'Mở rộng chi nhánh'])[1 + i % 4] || ' ' || i,
                     sen_customer_search_words(customer_id)))
       FROM src`,
    [lo, hi, customers, run],
  );
  await m.query(
    `INSERT INTO audit_log (action, module, description) VALUES ('IMPORT', 'opportunities', $1)`,
    [`Dữ liệu benchmark: cơ hội ${lo}–${hi}`],
  );
}

async function quotes(
  m: EntityManager,
  lo: number,
  hi: number,
  run: string,
  customers: number,
  catalogue: number,
) {
  await m.query(`SET LOCAL session_replication_role = replica`);
  await m.query(
    `CREATE TEMP TABLE bulk_quote ON COMMIT DROP AS
       SELECT i, uuid_generate_v4() AS id, c.id AS customer_id, c.owner_id,
              (current_date - ((i * 37) % 730)::int) AS date,
              'BGB' || $4 || lpad(i::text, 7, '0') AS number
         FROM generate_series($1::bigint, $2::bigint) AS i
         JOIN bulk_customer c ON c.n = (i * 104729) % $3 + 1`,
    [lo, hi, customers, run],
  );
  // 3–8 lines per quote, each a catalogue product; every 4th line 5 % off.
  await m.query(
    `CREATE TEMP TABLE bulk_quote_line ON COMMIT DROP AS
       SELECT q.id AS quote_id, k AS position, p.id AS product_id, p.name AS product_name, p.unit,
              (1 + (q.i * 31 + k) % 12)::numeric AS quantity, p.price AS unit_price,
              CASE WHEN (q.i + k) % 4 = 0 THEN 5::numeric END AS discount_percent, p.vat_rate
         FROM bulk_quote q
         CROSS JOIN LATERAL generate_series(1, 3 + (q.i % 6)::int) AS k
         JOIN bulk_product p ON p.n = (q.i * 13 + k * 7) % $1 + 1`,
    [catalogue],
  );
  await m.query(
    `CREATE TEMP TABLE bulk_quote_amount ON COMMIT DROP AS
       SELECT x.*, round((x.amount - x.discount) * x.rate)::bigint AS vat
         FROM (SELECT l.*, round(l.quantity * l.unit_price)::bigint AS amount,
                      coalesce(round(round(l.quantity * l.unit_price) * l.discount_percent / 100), 0)::bigint AS discount,
                      ${RATES} AS rate
                 FROM bulk_quote_line l) x`,
  );
  await m.query(
    `INSERT INTO quote (id, number, date, valid_until, customer_id, status, amount, discount, vat, total,
                        owner_id, customer_owner_id, created_by, created_at, updated_at, search_text)
     SELECT q.id, q.number, q.date, q.date + 30,
            q.customer_id, (ARRAY['DRAFT', 'SENT', 'SENT', 'ACCEPTED', 'REJECTED'])[1 + q.i % 5],
            t.amount, t.discount, t.vat, t.amount - t.discount + t.vat,
            q.owner_id, q.owner_id, q.owner_id, q.date::timestamptz, q.date::timestamptz,
            sen_fold(concat_ws(' ', q.number, sen_customer_search_words(q.customer_id)))
       FROM bulk_quote q
       JOIN (SELECT quote_id, sum(amount)::bigint AS amount, sum(discount)::bigint AS discount, sum(vat)::bigint AS vat
               FROM bulk_quote_amount GROUP BY quote_id) t ON t.quote_id = q.id`,
  );
  await m.query(
    `INSERT INTO quote_line (quote_id, position, product_id, product_name, unit, quantity, unit_price,
                             discount_percent, vat_rate, amount, discount, vat, total)
     SELECT quote_id, position, product_id, product_name, unit, quantity, unit_price, discount_percent, vat_rate,
            amount, discount, vat, amount - discount + vat
       FROM bulk_quote_amount`,
  );
  await m.query(`INSERT INTO audit_log (action, module, description) VALUES ('IMPORT', 'quotes', $1)`, [
    `Dữ liệu benchmark: báo giá ${lo}–${hi}`,
  ]);
}

/** Every index of a table but its constraints', to drop for the load and build once after it. */
async function secondaryIndexes(
  m: EntityManager,
  table: string,
): Promise<{ name: string; definition: string }[]> {
  return m.query(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
    [table],
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      products: { type: 'string', default: '2000' },
      opportunities: { type: 'string', default: '200000' },
      quotes: { type: 'string', default: '500000' },
      batch: { type: 'string', default: '50000' },
    },
  });
  const size = Number(values.batch);
  const { db, ds, log, run } = await openBulkRun();
  await ds.query(`DROP TABLE IF EXISTS bulk_customer, bulk_product`);
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_customer AS
       SELECT row_number() OVER (ORDER BY id) AS n, id, owner_id FROM customer WHERE deleted_at IS NULL`,
  );
  await ds.query(`CREATE UNIQUE INDEX ON bulk_customer (n)`);
  const [{ n: customers }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_customer`);
  if (customers === 0) {
    throw new Error('no customers: run `pnpm seed:bulk -- --customers …` first');
  }
  const [{ id: adminId }] = await ds.query(
    `SELECT id FROM app_user WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1`,
  );
  await ds.transaction((m) => products(m, Number(values.products), run, adminId));
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_product AS
       SELECT row_number() OVER (ORDER BY id) AS n, id, name, unit, coalesce(price, 0) AS price, vat_rate
         FROM product WHERE deleted_at IS NULL`,
  );
  await ds.query(`CREATE UNIQUE INDEX ON bulk_product (n)`);
  const [{ n: catalogue }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_product`);
  log(`${customers} customers, ${catalogue} products`);

  const dropped: { name: string; definition: string }[] = [];
  for (const table of ['opportunity', 'quote', 'quote_line']) {
    for (const index of await secondaryIndexes(ds.manager, table)) {
      await ds.query(`DROP INDEX ${index.name}`);
      dropped.push(index);
    }
  }
  try {
    for (let lo = 1, total = Number(values.opportunities); lo <= total; lo += size) {
      const hi = Math.min(lo + size - 1, total);
      await ds.transaction((m) => opportunities(m, lo, hi, run, customers));
      log(`opportunities ${hi}`);
    }
    for (let lo = 1, total = Number(values.quotes); lo <= total; lo += size) {
      const hi = Math.min(lo + size - 1, total);
      await ds.transaction((m) => quotes(m, lo, hi, run, customers, catalogue));
      log(`quotes ${hi}`);
    }
  } finally {
    for (const { name, definition } of dropped) {
      await ds.query(definition);
      log(`index ${name}`);
    }
    await ds.query(`DROP TABLE IF EXISTS bulk_customer, bulk_product`);
  }
  await ds.query(`VACUUM (ANALYZE) product, opportunity, quote, quote_line`);
  log('done');
  await db.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
