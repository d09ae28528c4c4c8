import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An invoice that counts as revenue and as debt (dashboard.service REVENUE_STATUSES). */
const COUNTS = (r: string) => `${r}.deleted_at IS NULL AND ${r}.status IN ('ISSUED', 'PARTIAL', 'PAID')`;

/** Per key, what the rows of `rows` (a transition table or the table) add, times `sign`. */
const INVOICE_PARTS = (rows: string, sign: string) => `
  SELECT 'R' AS kind, r.date AS day, r.owner_id, r.customer_owner_id,
         ${sign} * r.total AS amount, 0 AS owing
    FROM ${rows} r WHERE ${COUNTS('r')}
  UNION ALL
  SELECT 'D', coalesce(r.due_date, r.date), r.owner_id, r.customer_owner_id,
         ${sign} * (r.total - r.received), ${sign} * (r.total > r.received)::int
    FROM ${rows} r WHERE ${COUNTS('r')}`;

const RECEIPT_PARTS = (rows: string, sign: string) => `
  SELECT 'P' AS kind, r.date AS day, r.owner_id, r.customer_owner_id, ${sign} * r.amount AS amount, 0 AS owing
    FROM ${rows} r WHERE r.deleted_at IS NULL`;

/**
 * REP-02's money tiles without reading the year's ~500,000 invoices and ~600,000 receipts, nor
 * every issued invoice for the debt (1,000,000 on the bench base): `money_day_total` keeps, per
 * day, invoice owner and customer owner (the document's `customer_owner_id`, so the access rule's
 * owner and customer-owner ways read it; core/scope.ts `disjointWays` 0 and 1):
 *
 * - kind `R`: the totals of issued invoices (ISSUED, PARTIAL, PAID; live) by invoice date;
 * - kind `P`: the amounts of live receipts by receipt date;
 * - kind `D`: what issued invoices still owe (total − received) by due date (or, without one,
 *   the invoice date), with `owing` the number of them still owing: the overdue debt and its
 *   aging as of any day are sums over due days.
 *
 * Kept by statement-level triggers from the transition tables of every insert, update and delete
 * of invoices and receipts (issue, cancel, a payment's `received`, trash, restore, purge, a
 * customer's transfer rewriting `customer_owner_id`), in the writing transaction; each changed key
 * gets one delta, in key order (no deadlock between writers).
 */
export class MoneyDayTotals1768700000002 implements MigrationInterface {
  name = 'MoneyDayTotals1768700000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE money_day_total (
        kind char(1) NOT NULL CHECK (kind IN ('R', 'P', 'D')),
        day date NOT NULL,
        owner_id uuid NOT NULL,
        customer_owner_id uuid NOT NULL,
        amount bigint NOT NULL,
        owing bigint NOT NULL,
        CONSTRAINT pk_money_day_total PRIMARY KEY (kind, day, owner_id, customer_owner_id)
      )`);
    const upsert = (parts: string) => `
        INSERT INTO money_day_total AS k (kind, day, owner_id, customer_owner_id, amount, owing)
        SELECT kind, day, owner_id, customer_owner_id, sum(amount), sum(owing) FROM (${parts}) x
         GROUP BY 1, 2, 3, 4 HAVING sum(amount) <> 0 OR sum(owing) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (kind, day, owner_id, customer_owner_id)
        DO UPDATE SET amount = k.amount + EXCLUDED.amount, owing = k.owing + EXCLUDED.owing;`;
    // A transition table exists only for the operations that have it: one statement per operation.
    const apply = (name: string, parts: (rows: string, sign: string) => string) => `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${upsert(parts('new_rows', '1'))}
        ELSIF TG_OP = 'DELETE' THEN
          ${upsert(parts('old_rows', '-1'))}
        ELSE
          ${upsert(`${parts('new_rows', '1')} UNION ALL ${parts('old_rows', '-1')}`)}
        END IF;
        RETURN NULL;
      END $$`;
    await q.query(apply('sen_money_day_invoice', INVOICE_PARTS));
    await q.query(apply('sen_money_day_receipt', RECEIPT_PARTS));
    for (const [table, fn] of [
      ['invoice', 'sen_money_day_invoice'],
      ['receipt', 'sen_money_day_receipt'],
    ]) {
      await q.query(`CREATE TRIGGER ${table}_money_day_ins AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER ${table}_money_day_upd AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER ${table}_money_day_del AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    // Also for the bulk seed, which loads with triggers off.
    await q.query(`
      CREATE FUNCTION sen_money_day_total_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM money_day_total;
        INSERT INTO money_day_total (kind, day, owner_id, customer_owner_id, amount, owing)
        SELECT kind, day, owner_id, customer_owner_id, sum(amount), sum(owing)
          FROM (${INVOICE_PARTS('invoice', '1')} UNION ALL ${RECEIPT_PARTS('receipt', '1')}) x
         GROUP BY 1, 2, 3, 4;
      $$`);
    await q.query(`SELECT sen_money_day_total_rebuild()`);
    await q.query(`ANALYZE money_day_total`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['invoice', 'receipt']) {
      for (const op of ['ins', 'upd', 'del']) {
        await q.query(`DROP TRIGGER IF EXISTS ${table}_money_day_${op} ON ${table}`);
      }
    }
    await q.query(
      `DROP FUNCTION IF EXISTS sen_money_day_invoice, sen_money_day_receipt, sen_money_day_total_rebuild`,
    );
    await q.query(`DROP TABLE IF EXISTS money_day_total`);
  }
}
