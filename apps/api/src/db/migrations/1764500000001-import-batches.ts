import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requireAuditFunction } from './sql-kit';

const TABLES = ['customer', 'contact'];

/**
 * Import batches that commit independently (two at a time on PostgreSQL):
 * - the job keeps its batch size and the numbers of its committed batches, so a resumed run redoes
 *   exactly the batches that did not commit, whatever order the others committed in;
 * - AUD-01: a record created by an import is covered by its batch's IMPORT entry (one per batch,
 *   `record_id` = the job, written in the batch's transaction) instead of an entry of its own. Every
 *   other insert and every update still needs an entry for the record itself, checked at commit.
 */
export class ImportBatches1764500000001 implements MigrationInterface {
  name = 'ImportBatches1764500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE import_job ADD COLUMN batch_size integer, ADD COLUMN done_batches integer[] NOT NULL DEFAULT '{}'`,
    );
    await q.query(requireAuditFunction('sen_require_audit_or_import', 'TG_TABLE_NAME'));
    for (const table of TABLES) {
      await q.query(`DROP TRIGGER tr_${table}_audited ON ${table}`);
      await q.query(`
        CREATE CONSTRAINT TRIGGER tr_${table}_audited AFTER INSERT OR UPDATE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit_or_import()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`DROP TRIGGER tr_${table}_audited ON ${table}`);
      await q.query(`
        CREATE CONSTRAINT TRIGGER tr_${table}_audited AFTER INSERT OR UPDATE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit()`);
    }
    await q.query(`DROP FUNCTION sen_require_audit_or_import()`);
    await q.query(`ALTER TABLE import_job DROP COLUMN batch_size, DROP COLUMN done_batches`);
  }
}
