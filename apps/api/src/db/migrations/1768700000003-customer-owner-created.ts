import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customers a caller owns (or their department owns) created in a period, counted from the
 * index alone: the dashboard's "new customers" for a STAFF user's year (the list's count, its owned
 * part; customer-query.service `count`).
 */
export class CustomerOwnerCreated1768700000003 implements MigrationInterface {
  name = 'CustomerOwnerCreated1768700000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX IF NOT EXISTS ix_customer_owner_created ON customer (owner_id, created_at) WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_customer_owner_created`);
  }
}
