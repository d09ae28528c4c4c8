import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * REP-01/REP-02 on the bench base (5,000,000 activities, 1,000,000 invoices): the dashboard's and
 * the KPI report's sums read a date range of index entries only (no row visits):
 * - activities done, per assignee, by due time;
 * - issued invoices (revenue) by date with their total, owner and customer;
 * - receipts by date with their amount, owner and customer.
 */
export class ReportIndexes1767400000001 implements MigrationInterface {
  name = 'ReportIndexes1767400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX IF NOT EXISTS ix_activity_done_due ON activity (due_at, assignee_id)
        WHERE deleted_at IS NULL AND status = 'DONE'`,
    );
    await q.query(
      `CREATE INDEX IF NOT EXISTS ix_invoice_revenue ON invoice (date) INCLUDE (total, owner_id, customer_id)
        WHERE deleted_at IS NULL AND status IN ('ISSUED', 'PARTIAL', 'PAID')`,
    );
    await q.query(
      `CREATE INDEX IF NOT EXISTS ix_receipt_date_amount ON receipt (date) INCLUDE (amount, owner_id, customer_id)
        WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_activity_done_due`);
    await q.query(`DROP INDEX IF EXISTS ix_invoice_revenue`);
    await q.query(`DROP INDEX IF EXISTS ix_receipt_date_amount`);
  }
}
