import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The done links of migration 1768700000001 as the dashboard reads them (report/activities-done.ts):
 *
 * - by the customer's owner, only the links whose activity neither that owner created nor is
 *   assigned to: whoever sees a customer through its owner (the owner, their manager) sees such an
 *   activity by its own columns already, so the others are all that part ever reads (a STAFF user's
 *   year on the bench base: 50,000 index entries read and all dropped, 40 ms);
 * - by the customer, for the customers shared with the caller, read from the index alone (the
 *   ~1,000 shares of a STAFF user visited 6,000 link rows: 270 ms from disk).
 */
export class ActivityDoneLinkIndexes1768700000004 implements MigrationInterface {
  name = 'ActivityDoneLinkIndexes1768700000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_activity_customer_done`);
    await q.query(`
      CREATE INDEX ix_activity_customer_done ON activity_customer (customer_owner_id, done_due_at)
        INCLUDE (activity_id, customer_id, assignee_id, created_by)
        WHERE done_due_at IS NOT NULL AND created_by <> customer_owner_id AND assignee_id <> customer_owner_id`);
    await q.query(`
      CREATE INDEX ix_activity_customer_done_customer ON activity_customer (customer_id, done_due_at)
        INCLUDE (activity_id, assignee_id, created_by) WHERE done_due_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_activity_customer_done_customer`);
    await q.query(`DROP INDEX IF EXISTS ix_activity_customer_done`);
    await q.query(`
      CREATE INDEX ix_activity_customer_done ON activity_customer (customer_owner_id, done_due_at)
        INCLUDE (activity_id, customer_id, assignee_id, created_by) WHERE done_due_at IS NOT NULL`);
  }
}
