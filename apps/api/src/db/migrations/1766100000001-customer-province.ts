import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tỉnh/Thành phố of a customer: the name of one of the 34 provincial units in force since
 * 1 July 2025 (`PROVINCES` in the shared package). The list sorts by it through coalesce (a keyset
 * needs a total order), hence the index on that expression.
 */
export class CustomerProvince1766100000001 implements MigrationInterface {
  name = 'CustomerProvince1766100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer ADD COLUMN IF NOT EXISTS province text`);
    await q.query(
      `CREATE INDEX IF NOT EXISTS ix_customer_province ON customer ((coalesce(province, '')), id) WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_customer_province`);
    await q.query(`ALTER TABLE customer DROP COLUMN IF EXISTS province`);
  }
}
