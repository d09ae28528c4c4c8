import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What an invoice still owes, when it counts (issued, not paid off, not cancelled, not trashed). */
export const OPEN = `i.deleted_at IS NULL AND i.status IN ('ISSUED', 'PARTIAL')`;
export const OWED = `(i.total - i.received)`;

/**
 * SAL-07 Công nợ, kept per customer so the debts list and its export need not sum every open
 * invoice on each request (189,000 of them on the bench base).
 *
 * Only what does not depend on the day is kept, and only for customers still owing:
 * - `outstanding`: what the customer's open invoices still owe (issued or part-paid, live);
 * - `earliest_due`: the earliest due date (or, without one, the invoice date) among those still
 *   owing, so "overdue as of D" (an open invoice past due on D) is `earliest_due < D` for any D.
 * The buckets depend on the day: a page's customers get them from their own invoices.
 *
 * `customer_debt` is per customer (the list of everything, an ADMIN's); `customer_debt_owner` per
 * customer and invoice owner (a salesperson's filter, and the access rule of SALES-DESIGN.md
 * "Access": the invoice's owner, or whoever sees the customer, whose owner is copied here as
 * `customer_owner_id` so the rule reads from indexes).
 *
 * Both are written only by the triggers below, in the transaction that writes the invoices, after
 * the rows are locked (in one order) and from a fresh look at the invoices: two receipts paying
 * invoices of one customer at once queue on its row, and the second counts what the first wrote.
 */
export class CustomerDebt1768000000001 implements MigrationInterface {
  name = 'CustomerDebt1768000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_debt (
        customer_id uuid PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
        outstanding bigint NOT NULL,
        earliest_due date
      )`);
    await q.query(`CREATE INDEX ix_customer_debt_owed ON customer_debt (outstanding DESC, customer_id DESC)`);
    await q.query(`CREATE INDEX ix_customer_debt_due ON customer_debt (earliest_due)`);
    await q.query(`
      CREATE TABLE customer_debt_owner (
        customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        owner_id uuid NOT NULL REFERENCES app_user (id),
        customer_owner_id uuid NOT NULL,
        outstanding bigint NOT NULL,
        earliest_due date,
        PRIMARY KEY (customer_id, owner_id)
      )`);
    await q.query(
      `CREATE INDEX ix_customer_debt_owner_owner ON customer_debt_owner (owner_id) INCLUDE (outstanding, earliest_due)`,
    );
    await q.query(
      `CREATE INDEX ix_customer_debt_owner_customer_owner ON customer_debt_owner (customer_owner_id)
         INCLUDE (outstanding, earliest_due)`,
    );

    // The rows of these (customer, owner) pairs and of their customers, recounted from the invoices.
    await q.query(`
      CREATE FUNCTION customer_debt_refresh(pairs_c uuid[], pairs_o uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      DECLARE
        customers uuid[] := ARRAY(SELECT DISTINCT x FROM unnest(pairs_c) x ORDER BY 1);
      BEGIN
        IF cardinality(pairs_c) = 0 THEN
          RETURN;
        END IF;
        -- The customers' owners cannot change under the copy (a transfer waits, or is seen).
        PERFORM 1 FROM customer c WHERE c.id = ANY (customers) ORDER BY c.id FOR SHARE;
        -- Each row exists and is locked, always in key order; the statements after this one look
        -- afresh, so they count what a transaction that held a row before us committed.
        INSERT INTO customer_debt_owner (customer_id, owner_id, customer_owner_id, outstanding)
          SELECT p.c, p.o, c.owner_id, 0
            FROM (SELECT DISTINCT c, o FROM unnest(pairs_c, pairs_o) AS p (c, o)) p
            JOIN customer c ON c.id = p.c
           ORDER BY p.c, p.o
          ON CONFLICT DO NOTHING;
        PERFORM 1 FROM customer_debt_owner d
          WHERE (d.customer_id, d.owner_id) IN (SELECT * FROM unnest(pairs_c, pairs_o))
          ORDER BY d.customer_id, d.owner_id FOR UPDATE;
        INSERT INTO customer_debt (customer_id, outstanding)
          SELECT x, 0 FROM unnest(customers) x ORDER BY 1
          ON CONFLICT DO NOTHING;
        PERFORM 1 FROM customer_debt d WHERE d.customer_id = ANY (customers) ORDER BY d.customer_id FOR UPDATE;

        UPDATE customer_debt_owner d
           SET (outstanding, earliest_due, customer_owner_id) = (
                 SELECT coalesce(sum(${OWED}), 0), min(coalesce(i.due_date, i.date)) FILTER (WHERE ${OWED} > 0),
                        (SELECT c.owner_id FROM customer c WHERE c.id = d.customer_id)
                   FROM invoice i WHERE i.customer_id = d.customer_id AND i.owner_id = d.owner_id AND ${OPEN})
         WHERE (d.customer_id, d.owner_id) IN (SELECT * FROM unnest(pairs_c, pairs_o));
        UPDATE customer_debt d
           SET (outstanding, earliest_due) = (
                 SELECT coalesce(sum(${OWED}), 0), min(coalesce(i.due_date, i.date)) FILTER (WHERE ${OWED} > 0)
                   FROM invoice i WHERE i.customer_id = d.customer_id AND ${OPEN})
         WHERE d.customer_id = ANY (customers);

        DELETE FROM customer_debt_owner d
         WHERE (d.customer_id, d.owner_id) IN (SELECT * FROM unnest(pairs_c, pairs_o)) AND d.outstanding <= 0;
        DELETE FROM customer_debt d WHERE d.customer_id = ANY (customers) AND d.outstanding <= 0;
      END $$`);

    // One trigger per event (a transition table belongs to one event); an update counts only when
    // it moves something the debt reads.
    await q.query(`
      CREATE FUNCTION customer_debt_after_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cs uuid[];
        os uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(n.customer_id), array_agg(n.owner_id) INTO cs, os
            FROM new_rows n WHERE n.deleted_at IS NULL AND n.status IN ('ISSUED', 'PARTIAL');
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(o.customer_id), array_agg(o.owner_id) INTO cs, os
            FROM old_rows o WHERE o.deleted_at IS NULL AND o.status IN ('ISSUED', 'PARTIAL');
        ELSE
          -- Both the pair an invoice left and the one it joined (a change of customer or owner).
          SELECT array_agg(x.c), array_agg(x.o) INTO cs, os FROM (
            SELECT unnest(ARRAY[n.customer_id, o.customer_id]) AS c, unnest(ARRAY[n.owner_id, o.owner_id]) AS o
              FROM new_rows n JOIN old_rows o USING (id)
             WHERE (n.customer_id, n.owner_id, n.total, n.received, n.status, n.deleted_at IS NULL,
                    coalesce(n.due_date, n.date))
                   IS DISTINCT FROM (o.customer_id, o.owner_id, o.total, o.received, o.status,
                    o.deleted_at IS NULL, coalesce(o.due_date, o.date))) x;
        END IF;
        PERFORM customer_debt_refresh(coalesce(cs, '{}'), coalesce(os, '{}'));
        RETURN NULL;
      END $$`);
    const events = {
      INSERT: 'NEW TABLE AS new_rows',
      UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
      DELETE: 'OLD TABLE AS old_rows',
    };
    for (const [event, tables] of Object.entries(events)) {
      await q.query(
        `CREATE TRIGGER tr_customer_debt_${event.toLowerCase()} AFTER ${event} ON invoice REFERENCING ${tables}
           FOR EACH STATEMENT EXECUTE FUNCTION customer_debt_after_invoice()`,
      );
    }

    // A transferred customer's rows follow its new owner.
    await q.query(`
      CREATE FUNCTION customer_debt_after_transfer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE customer_debt_owner SET customer_owner_id = NEW.owner_id WHERE customer_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_customer_debt_transfer AFTER UPDATE OF owner_id ON customer
        FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id)
        EXECUTE FUNCTION customer_debt_after_transfer()`);

    // What is owed today.
    await q.query(`
      INSERT INTO customer_debt_owner (customer_id, owner_id, customer_owner_id, outstanding, earliest_due)
      SELECT i.customer_id, i.owner_id, c.owner_id, sum(${OWED}),
             min(coalesce(i.due_date, i.date)) FILTER (WHERE ${OWED} > 0)
        FROM invoice i JOIN customer c ON c.id = i.customer_id
       WHERE ${OPEN} GROUP BY i.customer_id, i.owner_id, c.owner_id HAVING sum(${OWED}) > 0`);
    await q.query(`
      INSERT INTO customer_debt (customer_id, outstanding, earliest_due)
      SELECT customer_id, sum(outstanding), min(earliest_due) FROM customer_debt_owner GROUP BY customer_id`);
    await q.query(`ANALYZE customer_debt, customer_debt_owner`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_customer_debt_transfer ON customer`);
    await q.query(`DROP TRIGGER tr_customer_debt_insert ON invoice`);
    await q.query(`DROP TRIGGER tr_customer_debt_update ON invoice`);
    await q.query(`DROP TRIGGER tr_customer_debt_delete ON invoice`);
    await q.query(`DROP FUNCTION customer_debt_after_transfer(), customer_debt_after_invoice(),
      customer_debt_refresh(uuid[], uuid[])`);
    await q.query(`DROP TABLE customer_debt_owner, customer_debt`);
  }
}
