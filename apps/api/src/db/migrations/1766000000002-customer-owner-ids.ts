import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ids of the customers an owner has, read from the index alone: the visible set that counts
 * over documents (the pipeline board) join once. The owner indexes that exist are partial (live
 * customers) and carry other columns; a document stays visible through its customer in the trash.
 */
export class CustomerOwnerIds1766000000002 implements MigrationInterface {
  name = 'CustomerOwnerIds1766000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS ix_customer_owner_ids ON customer (owner_id) INCLUDE (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_customer_owner_ids`);
  }
}
