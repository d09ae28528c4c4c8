import type { MigrationInterface, QueryRunner } from 'typeorm';

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
    await q.query(`
      CREATE FUNCTION sen_require_audit_or_import() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND NEW.import_job_id IS NOT NULL AND EXISTS (
          SELECT 1 FROM audit_log
           WHERE record_id = NEW.import_job_id::text AND tx_id = txid_current()
             AND action = 'IMPORT' AND module = TG_TABLE_NAME
        ) THEN
          RETURN NULL;
        END IF;
        IF NOT EXISTS (
          SELECT 1 FROM audit_log WHERE record_id = NEW.id::text AND tx_id = txid_current()
        ) THEN
          RAISE EXCEPTION 'change to %.% has no audit-log entry', TG_TABLE_NAME, NEW.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NULL;
      END $$`);
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
