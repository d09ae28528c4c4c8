import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pipeline board (issue 16):
 * - each column shows a stage's cards, last moved first: read in that order from an index, the
 *   query stops at the 51st visible card instead of sorting the stage's 40,000 rows;
 * - whether a document's customer is the caller's is one probe of (owner, id), answered from the
 *   index alone; the same index gives an owner's customer ids (it replaces `owner_id INCLUDE id`).
 */
export class BoardIndexes1767000000001 implements MigrationInterface {
  name = 'BoardIndexes1767000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX IF NOT EXISTS ix_opportunity_stage_changed ON opportunity (stage, stage_changed_at, id)
         WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX IF NOT EXISTS ix_customer_owner_id_key ON customer (owner_id, id)`);
    await q.query(`DROP INDEX IF EXISTS ix_customer_owner_ids`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS ix_customer_owner_ids ON customer (owner_id) INCLUDE (id)`);
    await q.query(`DROP INDEX IF EXISTS ix_customer_owner_id_key`);
    await q.query(`DROP INDEX IF EXISTS ix_opportunity_stage_changed`);
  }
}
