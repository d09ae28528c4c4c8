import { cliArgs } from '../../config/cli-args';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { DataSource, EntityManager } from 'typeorm';
import { openBulkRun } from './bulk-run';

/**
 * `pnpm seed:money -- --contracts 300000 --orders 500000 --invoices 1000000 --receipts 1200000`
 * (issue 17's benchmark data) on a database already filled by `pnpm seed:bulk -- --customers …`
 * and `pnpm seed:sales` (it takes the customers and the catalogue from them): contracts with a
 * payment schedule, orders and invoices with 1–4 lines from the catalogue over the last two years,
 * and receipts whose allocations pay invoices, orders and instalments.
 *
 * As bulk-sales does: set-based `INSERT … SELECT generate_series` in batches with triggers off
 * (`session_replication_role = replica`), one IMPORT audit entry per batch, `search_text` and the
 * owners (`customer_owner_id`, and on instalments `owner_id` too, which the skipped triggers would copy) filled
 * with the trigger's formula, the tables' secondary indexes dropped for the load and rebuilt once.
 * Line amounts follow the shared rule (`computeLine`, half up, whole đồng in bigint); a document's
 * totals are the sums of its lines; a contract has a plain value (total = value, no VAT) split
 * into 1–4 instalments. Numbers take their own prefixes (HDB…, DHB…, HDBHB…, PTB…), so the app's
 * counters go on.
 *
 * Consistency, as the app derives it: each payable document gets what it received (nothing, a
 * part, all) when it is written; the receipts are then made from those amounts, so `received` on
 * every invoice, order and instalment is exactly the sum of its allocations, an invoice's status
 * is `invoiceStatusAfterPayment` (Đã phát hành / Thanh toán một phần / Đã thanh toán), an order's
 * payment status `paymentStatus`, and a receipt's amount the sum of its allocations, all to
 * documents of its own customer. Drafts and cancelled documents receive nothing. Exactly
 * `--receipts` receipts: when fewer receipts than paid documents are asked for, some receipts pay
 * two documents of one customer; when more, some documents are paid in two receipts.
 *
 * Customers: documents go to customers past the first contact (not NEW or OTHER, as making a
 * contract or an order would have moved them), signed contracts only to SIGNED customers; the
 * customers themselves are not changed.
 */
const RATES = `(CASE l.vat_rate WHEN 'FIVE' THEN 0.05 WHEN 'EIGHT' THEN 0.08 WHEN 'TEN' THEN 0.10 ELSE 0 END)`;

/** A fraction in [0, 1) from a row number and a seed, the same on every run. */
const frac = (i: string, seed: number) => `((hashint8extended(${i}, ${seed}) & 1048575) / 1048576.0)`;

interface Pools {
  run: string;
  adminId: string;
  /** Customers past the first contact, and the SIGNED ones among them. */
  active: number;
  signed: number;
  catalogue: number;
}

/** Lines 1–4 of each document in `doc` (i, id), priced from the catalogue by the shared rule. */
async function lines(m: EntityManager, doc: string, key: string, pools: Pools, seed: number) {
  await m.query(
    `CREATE TEMP TABLE ${doc}_amount ON COMMIT DROP AS
       SELECT x.*, round((x.amount - x.discount) * x.rate)::bigint AS vat
         FROM (SELECT l.*, round(l.quantity * l.unit_price)::bigint AS amount,
                      coalesce(round(round(l.quantity * l.unit_price) * l.discount_percent / 100), 0)::bigint AS discount,
                      ${RATES} AS rate
                 FROM (SELECT d.id AS ${key}, k AS position, p.id AS product_id, p.name AS product_name, p.unit,
                              (1 + (d.i * 17 + k) % 10)::numeric AS quantity, p.price AS unit_price,
                              CASE WHEN (d.i + k) % 5 = 0 THEN 3::numeric END AS discount_percent, p.vat_rate
                         FROM ${doc} d
                         CROSS JOIN LATERAL generate_series(1, 1 + ((d.i * ${seed}) % 4)::int) AS k
                         JOIN bulk_money_product p ON p.n = (d.i * ${seed} + k * 11) % $1 + 1) l) x`,
    [pools.catalogue],
  );
  await m.query(
    `CREATE TEMP TABLE ${doc}_total ON COMMIT DROP AS
       SELECT ${key} AS id, sum(amount)::bigint AS amount, sum(discount)::bigint AS discount, sum(vat)::bigint AS vat,
              (sum(amount) - sum(discount) + sum(vat))::bigint AS total
         FROM ${doc}_amount GROUP BY ${key}`,
  );
  await m.query(`CREATE INDEX ON ${doc}_total (id)`);
}

async function insertLines(m: EntityManager, doc: string, table: string, key: string) {
  await m.query(
    `INSERT INTO ${table} (${key}, position, product_id, product_name, unit, quantity, unit_price,
                          discount_percent, vat_rate, amount, discount, vat, total)
     SELECT ${key}, position, product_id, product_name, unit, quantity, unit_price, discount_percent, vat_rate,
            amount, discount, vat, amount - discount + vat
       FROM ${doc}_amount`,
  );
}

/** What a paid fraction `x` of a document comes to: 'ALL', 'PART' or 'NONE' given the odds. */
const share = (x: string, all: string, part: string) =>
  `CASE WHEN ${x} < ${all} THEN 'ALL' WHEN ${x} < ${all} + ${part} THEN 'PART' ELSE 'NONE' END`;

/** received for a share of `total`: all of it, 10–90 % of it (at least 1 đồng short), or nothing. */
const receivedOf = (shareSql: string, total: string, i: string, seed: number) =>
  `CASE WHEN ${total} < 2 THEN 0 WHEN ${shareSql} = 'ALL' THEN ${total}
        WHEN ${shareSql} = 'PART' THEN greatest(1, least(${total} - 1, ${total} * (10 + (hashint8extended(${i}, ${seed}) & 1023) % 81) / 100))
        ELSE 0 END`;

async function audit(m: EntityManager, module: string, what: string) {
  await m.query(`INSERT INTO audit_log (action, module, description) VALUES ('IMPORT', $1, $2)`, [
    module,
    `Dữ liệu benchmark: ${what}`,
  ]);
}

async function contracts(m: EntityManager, lo: number, hi: number, p: Pools) {
  await m.query(`SET LOCAL session_replication_role = replica`);
  await m.query(
    `CREATE TEMP TABLE bulk_c ON COMMIT DROP AS
       WITH s AS (
         SELECT i, day,
                CASE WHEN x < 0.06 THEN 'DRAFT' WHEN x < 0.09 THEN 'CANCELLED' WHEN x < 0.12 THEN 'LIQUIDATED'
                     WHEN day + 365 < current_date THEN 'COMPLETED' ELSE 'ACTIVE' END AS status
           FROM (SELECT i, ${frac('i', 41)} AS x, current_date - ((i * 53) % 730)::int AS day
                   FROM generate_series($1::bigint, $2::bigint) AS i) g)
       SELECT s.i, uuid_generate_v4() AS id, s.status, s.status NOT IN ('DRAFT', 'CANCELLED') AS signed, s.day,
              coalesce(sc.id, ac.id) AS customer_id, coalesce(sc.owner_id, ac.owner_id) AS owner_id,
              (1 + (hashint8extended(s.i, 42) & 2047)) * 500000::bigint AS total,
              'HDB' || $5 || lpad(s.i::text, 7, '0') AS number
         FROM s
         LEFT JOIN bulk_money_signed sc ON s.status NOT IN ('DRAFT', 'CANCELLED') AND sc.n = (s.i * 7877) % $3::bigint + 1
         LEFT JOIN bulk_money_customer ac ON s.status IN ('DRAFT', 'CANCELLED') AND ac.n = (s.i * 7877) % $4::bigint + 1`,
    [lo, hi, p.signed, p.active, p.run],
  );
  await m.query(
    `INSERT INTO contract (id, number, customer_id, signed_on, valid_from, valid_to, signed, status, value,
                           amount, discount, vat, total, owner_id, customer_owner_id, created_by, created_at, updated_at, search_text)
     SELECT id, number, customer_id, CASE WHEN status <> 'DRAFT' THEN day END, day, day + 365, signed, status, total,
            total, 0, 0, total, owner_id, owner_id, owner_id, day::timestamptz + make_interval(mins => (i % 600)::int),
            day::timestamptz + make_interval(mins => (i % 600)::int),
            sen_fold(concat_ws(' ', number, sen_customer_search_words(customer_id)))
       FROM bulk_c`,
  );
  // 1–4 instalments a month apart; the last takes what the division leaves.
  await m.query(
    `CREATE TEMP TABLE bulk_ci ON COMMIT DROP AS
       SELECT x.*, ${receivedOf('x.share', 'x.amount', 'x.i * 4 + x.position', 44)}::bigint AS received
         FROM (SELECT c.i, uuid_generate_v4() AS id, c.id AS contract_id, c.customer_id, c.owner_id, c.day,
                      k AS position, c.day + 30 * k AS due_date,
                      CASE WHEN k = n THEN c.total - (n - 1) * (c.total / n) ELSE c.total / n END AS amount,
                      CASE WHEN c.status IN ('DRAFT', 'CANCELLED') THEN 'NONE'
                           WHEN c.day + 30 * k < current_date THEN ${share(frac('c.i * 4 + k', 43), '0.78', '0.10')}
                           ELSE ${share(frac('c.i * 4 + k', 43), '0.08', '0')} END AS share
                 FROM (SELECT c.*, 1 + (c.i % 4)::int AS n FROM bulk_c c) c
                 CROSS JOIN LATERAL generate_series(1, c.n) AS k) x`,
  );
  await m.query(
    `INSERT INTO contract_instalment (id, contract_id, position, due_date, amount, received, owner_id, customer_owner_id)
     SELECT id, contract_id, position, due_date, amount, received, owner_id, owner_id FROM bulk_ci`,
  );
  await m.query(
    `INSERT INTO bulk_money_target (kind, id, customer_id, owner_id, received, day, pay_day)
     SELECT 'instalment', id, customer_id, owner_id, received, day,
            least(current_date, greatest(day, due_date - 5 + ((i + position) % 12)::int))
       FROM bulk_ci WHERE received > 0`,
  );
  await m.query(
    `INSERT INTO bulk_money_contract (id, customer_id, owner_id)
     SELECT id, customer_id, owner_id FROM bulk_c WHERE signed`,
  );
  await audit(m, 'contracts', `hợp đồng ${lo}–${hi}`);
}

async function orders(m: EntityManager, lo: number, hi: number, p: Pools) {
  await m.query(`SET LOCAL session_replication_role = replica`);
  await m.query(
    `CREATE TEMP TABLE bulk_o ON COMMIT DROP AS
       SELECT g.i, uuid_generate_v4() AS id, g.day, c.id AS customer_id, c.owner_id,
              CASE WHEN g.x < 0.04 THEN 'CANCELLED'
                   WHEN g.day < current_date - 20 THEN CASE WHEN g.x < 0.94 THEN 'DELIVERED' ELSE 'PROCESSING' END
                   ELSE (ARRAY['NEW', 'PROCESSING', 'DELIVERED'])[1 + (g.i % 3)::int] END AS status,
              CASE WHEN g.day < current_date - 30 THEN ${share(frac('g.i', 52), '0.72', '0.10')}
                   ELSE ${share(frac('g.i', 52), '0.30', '0.10')} END AS share,
              'DHB' || $4 || lpad(g.i::text, 7, '0') AS number
         FROM (SELECT i, ${frac('i', 51)} AS x, current_date - ((i * 41) % 730)::int AS day
                 FROM generate_series($1::bigint, $2::bigint) AS i) g
         JOIN bulk_money_customer c ON c.n = (g.i * 104723) % $3::bigint + 1`,
    [lo, hi, p.active, p.run],
  );
  await lines(m, 'bulk_o', 'order_id', p, 13);
  await m.query(
    `CREATE TEMP TABLE bulk_o_paid ON COMMIT DROP AS
       SELECT o.*, t.amount, t.discount, t.vat, t.total,
              CASE WHEN o.status = 'CANCELLED' THEN 0 ELSE ${receivedOf('o.share', 't.total', 'o.i', 53)} END::bigint AS received
         FROM bulk_o o JOIN bulk_o_total t ON t.id = o.id`,
  );
  await m.query(
    `INSERT INTO sales_order (id, number, date, customer_id, delivery_address, delivery_date, status, amount, discount,
                              vat, total, received, payment_status, owner_id, customer_owner_id, created_by, created_at, updated_at, search_text)
     SELECT o.id, o.number, o.day, o.customer_id, coalesce(c.business_address, c.office_address), o.day + 3 + (o.i % 10)::int,
            o.status, o.amount, o.discount, o.vat, o.total, o.received,
            CASE WHEN o.received = 0 THEN 'UNPAID' WHEN o.received >= o.total THEN 'PAID' ELSE 'PARTIAL' END,
            o.owner_id, c.owner_id, o.owner_id, o.day::timestamptz + make_interval(mins => (o.i % 600)::int),
            o.day::timestamptz + make_interval(mins => (o.i % 600)::int),
            sen_fold(concat_ws(' ', o.number, c.code || ' ' || c.name))
       FROM bulk_o_paid o JOIN customer c ON c.id = o.customer_id`,
  );
  await insertLines(m, 'bulk_o', 'order_line', 'order_id');
  await m.query(
    `INSERT INTO bulk_money_target (kind, id, customer_id, owner_id, received, day, pay_day)
     SELECT 'order', id, customer_id, owner_id, received, day, least(current_date, day + (i % 30)::int)
       FROM bulk_o_paid WHERE received > 0`,
  );
  await audit(m, 'orders', `đơn hàng ${lo}–${hi}`);
}

async function invoices(m: EntityManager, lo: number, hi: number, p: Pools, contracts: number) {
  await m.query(`SET LOCAL session_replication_role = replica`);
  // Every tenth invoice is made from a signed contract (its customer and owner); the others from a customer.
  await m.query(
    `CREATE TEMP TABLE bulk_v ON COMMIT DROP AS
       SELECT y.*, current_date - coalesce(y.due_date, y.day) AS past_due
         FROM (SELECT g.i, uuid_generate_v4() AS id, g.day, g.x, k.id AS contract_id,
                      coalesce(k.customer_id, c.id) AS customer_id, coalesce(k.owner_id, c.owner_id) AS owner_id,
                      CASE WHEN g.i % 10 = 3 THEN NULL
                           ELSE g.day + (ARRAY[7, 15, 30, 30, 45, 60])[1 + (g.i % 6)::int] END AS due_date,
                      'HDBHB' || $5 || lpad(g.i::text, 7, '0') AS number
                 FROM (SELECT i, ${frac('i', 61)} AS x, current_date - ((i * 37) % 730)::int AS day
                         FROM generate_series($1::bigint, $2::bigint) AS i) g
                 LEFT JOIN bulk_money_contract_n k ON g.i % 10 = 0 AND $4::bigint > 0 AND k.n = (g.i / 10 * 7919) % $4::bigint + 1
                 LEFT JOIN bulk_money_customer c ON (g.i % 10 <> 0 OR $4::bigint = 0) AND c.n = (g.i * 15485863) % $3::bigint + 1) y`,
    [lo, hi, p.active, contracts, p.run],
  );
  await lines(m, 'bulk_v', 'invoice_id', p, 29);
  // Drafts are recent; older unpaid invoices are rarer the longer they are past due.
  await m.query(
    `CREATE TEMP TABLE bulk_v_paid ON COMMIT DROP AS
       SELECT z.*, CASE WHEN z.state IN ('DRAFT', 'CANCELLED') THEN 0
                        ELSE ${receivedOf('z.share', 'z.total', 'z.i', 63)} END::bigint AS received
         FROM (SELECT v.*, t.amount, t.discount, t.vat, t.total,
                      CASE WHEN v.x < 0.03 AND v.day > current_date - 60 THEN 'DRAFT'
                           WHEN v.x < 0.05 THEN 'CANCELLED' ELSE 'ISSUED' END AS state,
                      CASE WHEN v.past_due > 60 THEN ${share(frac('v.i', 62), '0.85', '0.07')}
                           WHEN v.past_due > 0 THEN ${share(frac('v.i', 62), '0.55', '0.15')}
                           ELSE ${share(frac('v.i', 62), '0.20', '0.10')} END AS share
                 FROM bulk_v v JOIN bulk_v_total t ON t.id = v.id) z`,
  );
  await m.query(
    `INSERT INTO invoice (id, number, date, due_date, customer_id, contract_id, buyer_name, buyer_tax_code,
                          buyer_address, payment_method, status, amount, discount, vat, total, received, issued_at,
                          cancel_reason, owner_id, customer_owner_id, created_by, created_at, updated_at, search_text)
     SELECT v.id, v.number, v.day, v.due_date, v.customer_id, v.contract_id, c.name, c.tax_code,
            coalesce(c.business_address, c.office_address),
            (ARRAY['TRANSFER', 'TRANSFER', 'CASH', 'CASH_OR_TRANSFER'])[1 + (v.i % 4)::int],
            CASE WHEN v.state <> 'ISSUED' THEN v.state WHEN v.received = 0 THEN 'ISSUED'
                 WHEN v.received >= v.total THEN 'PAID' ELSE 'PARTIAL' END,
            v.amount, v.discount, v.vat, v.total, v.received,
            CASE WHEN v.state <> 'DRAFT' THEN v.day::timestamptz + make_interval(mins => (v.i % 600)::int) END,
            CASE WHEN v.state = 'CANCELLED' THEN 'Khách hàng đề nghị hủy, lập lại hóa đơn khác' END,
            v.owner_id, c.owner_id, v.owner_id, v.day::timestamptz + make_interval(mins => (v.i % 600)::int),
            v.day::timestamptz + make_interval(mins => (v.i % 600)::int),
            sen_fold(concat_ws(' ', v.number, c.code || ' ' || c.name))
       FROM bulk_v_paid v JOIN customer c ON c.id = v.customer_id`,
  );
  await insertLines(m, 'bulk_v', 'invoice_line', 'invoice_id');
  await m.query(
    `INSERT INTO bulk_money_target (kind, id, customer_id, owner_id, received, day, pay_day)
     SELECT 'invoice', id, customer_id, owner_id, received, day,
            least(current_date, greatest(day, coalesce(due_date, day) - 10 + (i % 25)::int))
       FROM bulk_v_paid WHERE received > 0`,
  );
  await audit(m, 'invoices', `hóa đơn ${lo}–${hi}`);
}

/**
 * The receipts of every paid document, exactly `wanted` of them: one a document, then either
 * pairs of one customer's documents merged into one receipt, or documents paid in two receipts
 * (half some days earlier, the rest on the day), each chosen by a hash of the document's id.
 */
async function planReceipts(ds: DataSource, wanted: number): Promise<number> {
  const [{ n: paid, splittable }] = await ds.query(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE received >= 2)::int AS splittable FROM bulk_money_target`,
  );
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_money_ranked AS
       SELECT t.*, row_number() OVER (PARTITION BY customer_id ORDER BY pay_day, id) AS rk,
              count(*) OVER (PARTITION BY customer_id) AS m
         FROM bulk_money_target t`,
  );
  let merge = 0;
  let split = 0;
  if (wanted < paid) {
    merge = paid - wanted;
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_money_ranked WHERE rk % 2 = 0`);
    if (n < merge) {
      throw new Error(
        `${paid} documents are paid and only ${n} pairs of one customer's documents can share a receipt: ask for at least ${paid - n} receipts`,
      );
    }
  } else if (wanted > paid) {
    split = wanted - paid;
    if (split > splittable) {
      throw new Error(`${paid} documents are paid: ask for at most ${paid + splittable} receipts`);
    }
  }
  // The pairs (rk − 1, rk) merged: the first `merge` by a hash of the second one's id.
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_money_merged AS
       SELECT customer_id, rk / 2 AS pn FROM bulk_money_ranked WHERE rk % 2 = 0
        ORDER BY hashtext(id::text), id LIMIT $1`,
    [merge],
  );
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_money_split AS
       SELECT id FROM bulk_money_ranked WHERE received >= 2 ORDER BY hashtext(id::text), id LIMIT $1`,
    [split],
  );
  // One row per allocation; (customer, g1, g2) is its receipt.
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_money_part AS
       SELECT r.customer_id, r.owner_id, r.kind, r.id AS target_id,
              CASE WHEN mg.pn IS NOT NULL THEN (r.rk + 1) / 2 ELSE r.rk END AS g1,
              CASE WHEN mg.pn IS NOT NULL THEN 0 ELSE part END AS g2,
              CASE WHEN sp.id IS NULL THEN r.received WHEN part = 1 THEN r.received / 2
                   ELSE r.received - r.received / 2 END AS amount,
              CASE WHEN sp.id IS NOT NULL AND part = 1 THEN greatest(r.day, r.pay_day - 20) ELSE r.pay_day END AS day
         FROM bulk_money_ranked r
         LEFT JOIN bulk_money_merged mg ON mg.customer_id = r.customer_id AND mg.pn = (r.rk + 1) / 2
         LEFT JOIN bulk_money_split sp ON sp.id = r.id
         CROSS JOIN LATERAL generate_series(1, CASE WHEN sp.id IS NULL THEN 1 ELSE 2 END) AS part`,
  );
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_money_receipt AS
       SELECT row_number() OVER (ORDER BY max(day), customer_id, g1, g2) AS k, uuid_generate_v4() AS id,
              customer_id, g1, g2, min(owner_id::text)::uuid AS owner_id, max(day) AS day, sum(amount)::bigint AS amount
         FROM bulk_money_part GROUP BY customer_id, g1, g2`,
  );
  await ds.query(`CREATE UNIQUE INDEX ON bulk_money_receipt (k)`);
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_money_allocation AS
       SELECT r.k, r.id AS receipt_id, row_number() OVER (PARTITION BY r.k ORDER BY p.day, p.target_id) AS position,
              p.kind, p.target_id, p.amount
         FROM bulk_money_part p JOIN bulk_money_receipt r ON (r.customer_id, r.g1, r.g2) = (p.customer_id, p.g1, p.g2)`,
  );
  await ds.query(`CREATE INDEX ON bulk_money_allocation (k)`);
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_money_receipt`);
  if (n !== wanted) {
    throw new Error(`planned ${n} receipts, not ${wanted}`);
  }
  return paid;
}

async function receipts(m: EntityManager, lo: number, hi: number, run: string) {
  await m.query(`SET LOCAL session_replication_role = replica`);
  await m.query(
    `INSERT INTO receipt (id, number, date, customer_id, amount, method, note, owner_id, customer_owner_id, created_by,
                          created_at, updated_at, search_text)
     SELECT r.id, 'PTB' || $3 || lpad(r.k::text, 7, '0'), r.day, r.customer_id, r.amount,
            (ARRAY['TRANSFER', 'TRANSFER', 'CASH', 'CASH_OR_TRANSFER'])[1 + (r.k % 4)::int],
            CASE WHEN r.k % 7 = 0 THEN 'Thu tiền theo hóa đơn' END,
            r.owner_id, c.owner_id, r.owner_id, r.day::timestamptz + make_interval(mins => (r.k % 600)::int),
            r.day::timestamptz + make_interval(mins => (r.k % 600)::int),
            sen_fold(concat_ws(' ', 'PTB' || $3 || lpad(r.k::text, 7, '0'), c.code || ' ' || c.name))
       FROM bulk_money_receipt r JOIN customer c ON c.id = r.customer_id
      WHERE r.k BETWEEN $1 AND $2`,
    [lo, hi, run],
  );
  await m.query(
    `INSERT INTO receipt_allocation (receipt_id, position, invoice_id, order_id, instalment_id, amount)
     SELECT receipt_id, position, CASE WHEN kind = 'invoice' THEN target_id END,
            CASE WHEN kind = 'order' THEN target_id END, CASE WHEN kind = 'instalment' THEN target_id END, amount
       FROM bulk_money_allocation WHERE k BETWEEN $1 AND $2`,
    [lo, hi],
  );
  await audit(m, 'receipts', `phiếu thu ${lo}–${hi}`);
}

/**
 * What the app would have derived, checked over the tables (fails loudly): each document's
 * received is the sum of its allocations, statuses and payment statuses follow it, a receipt is
 * the sum of its allocations to its own customer's documents, totals are the sums of the lines.
 */
const CHECKS: [string, string][] = [
  [
    'an invoice whose received is not the sum of its allocations',
    `SELECT count(*) FROM invoice i LEFT JOIN (SELECT invoice_id, sum(amount) AS s FROM receipt_allocation
       WHERE invoice_id IS NOT NULL GROUP BY 1) a ON a.invoice_id = i.id WHERE i.received <> coalesce(a.s, 0)`,
  ],
  [
    'an order whose received is not the sum of its allocations',
    `SELECT count(*) FROM sales_order o LEFT JOIN (SELECT order_id, sum(amount) AS s FROM receipt_allocation
       WHERE order_id IS NOT NULL GROUP BY 1) a ON a.order_id = o.id WHERE o.received <> coalesce(a.s, 0)`,
  ],
  [
    'an instalment whose received is not the sum of its allocations',
    `SELECT count(*) FROM contract_instalment t LEFT JOIN (SELECT instalment_id, sum(amount) AS s FROM receipt_allocation
       WHERE instalment_id IS NOT NULL GROUP BY 1) a ON a.instalment_id = t.id WHERE t.received <> coalesce(a.s, 0)`,
  ],
  [
    'a receipt whose amount is not the sum of its allocations',
    `SELECT count(*) FROM receipt r LEFT JOIN (SELECT receipt_id, sum(amount) AS s FROM receipt_allocation GROUP BY 1) a
       ON a.receipt_id = r.id WHERE r.amount <> coalesce(a.s, 0)`,
  ],
  [
    "an allocation to another customer's document",
    `SELECT count(*) FROM receipt_allocation a JOIN receipt r ON r.id = a.receipt_id
       LEFT JOIN invoice i ON i.id = a.invoice_id LEFT JOIN sales_order o ON o.id = a.order_id
       LEFT JOIN contract_instalment t ON t.id = a.instalment_id LEFT JOIN contract c ON c.id = t.contract_id
      WHERE coalesce(i.customer_id, o.customer_id, c.customer_id) <> r.customer_id`,
  ],
  [
    'an invoice whose status does not follow what it received',
    `SELECT count(*) FROM invoice WHERE CASE WHEN status IN ('DRAFT', 'CANCELLED') THEN received <> 0
       ELSE status <> CASE WHEN received = 0 THEN 'ISSUED' WHEN received >= total THEN 'PAID' ELSE 'PARTIAL' END END`,
  ],
  [
    'an order whose payment status does not follow what it and its invoices received',
    `SELECT count(*) FROM sales_order o
       LEFT JOIN (SELECT order_id, sum(received) AS received FROM invoice
                   WHERE order_id IS NOT NULL AND deleted_at IS NULL GROUP BY 1) i ON i.order_id = o.id
      WHERE o.payment_status <> CASE WHEN o.received + coalesce(i.received, 0) = 0 THEN 'UNPAID'
              WHEN o.received + coalesce(i.received, 0) >= o.total THEN 'PAID' ELSE 'PARTIAL' END
         OR (o.status = 'CANCELLED' AND o.received <> 0)`,
  ],
  [
    'a document whose totals are not the sums of its lines',
    `SELECT (SELECT count(*) FROM invoice d JOIN (SELECT invoice_id AS id, sum(amount) AS a, sum(discount) AS d,
               sum(vat) AS v, sum(total) AS t FROM invoice_line GROUP BY 1) l ON l.id = d.id
             WHERE (d.amount, d.discount, d.vat, d.total) <> (l.a, l.d, l.v, l.t))
          + (SELECT count(*) FROM sales_order d JOIN (SELECT order_id AS id, sum(amount) AS a, sum(discount) AS d,
               sum(vat) AS v, sum(total) AS t FROM order_line GROUP BY 1) l ON l.id = d.id
             WHERE (d.amount, d.discount, d.vat, d.total) <> (l.a, l.d, l.v, l.t))`,
  ],
  [
    "an instalment whose owner copies are not its contract's",
    `SELECT count(*) FROM contract_instalment t JOIN contract c ON c.id = t.contract_id
      WHERE (t.owner_id, t.customer_owner_id) <> (c.owner_id, c.customer_owner_id)`,
  ],
  [
    'a payment schedule above its contract',
    `SELECT count(*) FROM contract c JOIN (SELECT contract_id, sum(amount) AS s FROM contract_instalment GROUP BY 1) x
       ON x.contract_id = c.id WHERE x.s > c.total`,
  ],
];

async function verify(ds: DataSource): Promise<void> {
  for (const [what, sql] of CHECKS) {
    const [{ count }] = await ds.query(`SELECT (${sql})::int AS count`);
    if (count !== 0) {
      throw new Error(`${count} × ${what}`);
    }
  }
}

/**
 * Every index of the tables but their constraints' is dropped for the load and built once after
 * it. Their definitions are kept in `bulk_money_index` first, so a run that was killed leaves them
 * to the next run (or to `--rebuild-indexes`), which builds them before anything else.
 */
async function dropIndexes(ds: DataSource): Promise<void> {
  await ds.query(
    `CREATE TABLE IF NOT EXISTS bulk_money_index (name text PRIMARY KEY, definition text NOT NULL)`,
  );
  await ds.query(
    `INSERT INTO bulk_money_index (name, definition)
     SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)
     ON CONFLICT (name) DO NOTHING`,
    [TABLES],
  );
  const rows: { name: string }[] = await ds.query(
    `SELECT b.name FROM bulk_money_index b JOIN pg_indexes i ON i.indexname = b.name AND i.schemaname = current_schema()`,
  );
  for (const { name } of rows) {
    await ds.query(`DROP INDEX ${name}`);
  }
}

async function rebuildIndexes(ds: DataSource, log: (s: string) => void): Promise<void> {
  const exists: { n: number }[] = await ds.query(
    `SELECT 1 AS n FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'bulk_money_index'`,
  );
  if (exists.length === 0) {
    return;
  }
  await ds.query(`SET maintenance_work_mem = '256MB'`);
  const rows: { name: string; definition: string }[] = await ds.query(
    `SELECT b.name, b.definition FROM bulk_money_index b
      WHERE NOT EXISTS (SELECT 1 FROM pg_indexes i WHERE i.indexname = b.name AND i.schemaname = current_schema())
      ORDER BY b.name`,
  );
  for (const { name, definition } of rows) {
    await ds.query(definition);
    log(`index ${name}`);
  }
  await ds.query(`DROP TABLE bulk_money_index`);
}

const TABLES = [
  'contract',
  'contract_instalment',
  'sales_order',
  'order_line',
  'invoice',
  'invoice_line',
  'receipt',
  'receipt_allocation',
];
const SCRATCH = `bulk_money_customer, bulk_money_signed, bulk_money_product, bulk_money_target, bulk_money_contract, bulk_money_contract_n, bulk_money_ranked,
  bulk_money_merged, bulk_money_split, bulk_money_part, bulk_money_receipt, bulk_money_allocation`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      contracts: { type: 'string', default: '300000' },
      orders: { type: 'string', default: '500000' },
      invoices: { type: 'string', default: '1000000' },
      receipts: { type: 'string', default: '1200000' },
      batch: { type: 'string', default: '50000' },
      'rebuild-indexes': { type: 'boolean', default: false },
    },
  });
  const size = Number(values.batch);
  const counts = {
    contracts: Number(values.contracts),
    orders: Number(values.orders),
    invoices: Number(values.invoices),
    receipts: Number(values.receipts),
  };
  const { db, ds, log, run } = await openBulkRun();
  // Indexes a killed run left dropped come back first.
  await rebuildIndexes(ds, log);
  if (values['rebuild-indexes']) {
    await db.close();
    return;
  }
  await ds.query(`DROP TABLE IF EXISTS ${SCRATCH}`);
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_money_customer AS
       SELECT row_number() OVER (ORDER BY id) AS n, id, owner_id, level FROM customer
        WHERE deleted_at IS NULL AND level NOT IN ('NEW', 'OTHER')`,
  );
  await ds.query(`CREATE UNIQUE INDEX ON bulk_money_customer (n)`);
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_money_signed AS
       SELECT row_number() OVER (ORDER BY id) AS n, id, owner_id FROM bulk_money_customer WHERE level = 'SIGNED'`,
  );
  await ds.query(`CREATE UNIQUE INDEX ON bulk_money_signed (n)`);
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_money_product AS
       SELECT row_number() OVER (ORDER BY id) AS n, id, name, unit, greatest(coalesce(price, 0), 1000) AS price, vat_rate
         FROM product WHERE deleted_at IS NULL`,
  );
  await ds.query(`CREATE UNIQUE INDEX ON bulk_money_product (n)`);
  await ds.query(
    `CREATE UNLOGGED TABLE bulk_money_target (kind text NOT NULL, id uuid NOT NULL, customer_id uuid NOT NULL,
       owner_id uuid NOT NULL, received bigint NOT NULL, day date NOT NULL, pay_day date NOT NULL)`,
  );
  await ds.query(`CREATE UNLOGGED TABLE bulk_money_contract (id uuid, customer_id uuid, owner_id uuid)`);
  const [{ active, signed, catalogue }] = await ds.query(
    `SELECT (SELECT count(*) FROM bulk_money_customer)::int AS active, (SELECT count(*) FROM bulk_money_signed)::int AS signed,
            (SELECT count(*) FROM bulk_money_product)::int AS catalogue`,
  );
  if (active === 0 || signed === 0 || catalogue === 0) {
    throw new Error(
      'no customers or products: run `pnpm seed:bulk -- --customers …` and `pnpm seed:sales` first',
    );
  }
  const [{ id: adminId }] = await ds.query(
    `SELECT id FROM app_user WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1`,
  );
  const pools: Pools = { run, adminId, active, signed, catalogue };
  log(`${active} customers past the first contact (${signed} signed), ${catalogue} products; prefix ${run}`);

  await dropIndexes(ds);
  const batches = async (total: number, what: string, step: (lo: number, hi: number) => Promise<void>) => {
    for (let lo = 1; lo <= total; lo += size) {
      const hi = Math.min(lo + size - 1, total);
      await step(lo, hi);
      log(`${what} ${hi}`);
    }
  };
  try {
    await batches(counts.contracts, 'contracts', (lo, hi) =>
      ds.transaction((m) => contracts(m, lo, hi, pools)),
    );
    await ds.query(
      `CREATE UNLOGGED TABLE bulk_money_contract_n AS SELECT row_number() OVER (ORDER BY id) AS n, * FROM bulk_money_contract`,
    );
    await ds.query(`CREATE UNIQUE INDEX ON bulk_money_contract_n (n)`);
    const [{ n: signedContracts }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_money_contract_n`);
    await batches(counts.orders, 'orders', (lo, hi) => ds.transaction((m) => orders(m, lo, hi, pools)));
    await batches(counts.invoices, 'invoices', (lo, hi) =>
      ds.transaction((m) => invoices(m, lo, hi, pools, signedContracts)),
    );
    const paid = await planReceipts(ds, counts.receipts);
    log(`${paid} documents paid, in ${counts.receipts} receipts`);
    await batches(counts.receipts, 'receipts', (lo, hi) => ds.transaction((m) => receipts(m, lo, hi, run)));
  } finally {
    await ds.query(`DROP TABLE IF EXISTS ${SCRATCH}`);
    await rebuildIndexes(ds, log);
  }
  // The per-day totals and the debt summary the triggers keep (off for the load), counted once.
  await ds.query(`SELECT sen_money_day_total_rebuild()`);
  await ds.query(`SELECT sen_customer_debt_rebuild()`);
  await ds.query(
    `VACUUM (ANALYZE) ${TABLES.join(', ')}, money_day_total, customer_debt, customer_debt_owner`,
  );
  log('vacuum analyze');
  await verify(ds);
  log('checked: received, statuses, receipts and totals agree');
  await db.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
