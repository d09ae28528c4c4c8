import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OPEN, OWED } from './1768000000001-customer-debt';

/**
 * The debt summary (`customer_debt`, `customer_debt_owner`) counted afresh from the invoices, as a
 * function: the bulk seed loads invoices and receipts with triggers off, so on a base seeded after
 * migration 1768000000001 the summary stayed empty and the debts list showed no one.
 */
export class CustomerDebtRebuild1768800000001 implements MigrationInterface {
  name = 'CustomerDebtRebuild1768800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION sen_customer_debt_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM customer_debt;
        DELETE FROM customer_debt_owner;
        INSERT INTO customer_debt_owner (customer_id, owner_id, customer_owner_id, outstanding, earliest_due)
        SELECT i.customer_id, i.owner_id, c.owner_id, sum(${OWED}),
               min(coalesce(i.due_date, i.date)) FILTER (WHERE ${OWED} > 0)
          FROM invoice i JOIN customer c ON c.id = i.customer_id
         WHERE ${OPEN} GROUP BY i.customer_id, i.owner_id, c.owner_id HAVING sum(${OWED}) > 0;
        INSERT INTO customer_debt (customer_id, outstanding, earliest_due)
        SELECT customer_id, sum(outstanding), min(earliest_due) FROM customer_debt_owner GROUP BY customer_id;
      $$`);
    // A base whose summary is empty while invoices still owe (seeded after 1768000000001) gets it now.
    await q.query(`
      SELECT sen_customer_debt_rebuild()
       WHERE NOT EXISTS (SELECT 1 FROM customer_debt)
         AND EXISTS (SELECT 1 FROM invoice i WHERE ${OPEN} AND ${OWED} > 0)`);
    await q.query(`ANALYZE customer_debt, customer_debt_owner`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS sen_customer_debt_rebuild()`);
  }
}
