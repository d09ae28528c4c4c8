import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IMP-01 for contracts: a contract carries the import job that created or last updated it, and an
 * import batch's one IMPORT entry (module `contracts`) covers the contracts it inserts, as for
 * products and care cards; any other change still needs the record's own entry.
 */
export class ContractImport1765700000001 implements MigrationInterface {
  name = 'ContractImport1765700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE contract ADD COLUMN import_job_id uuid REFERENCES import_job (id) ON DELETE SET NULL`,
    );
    await q.query(
      `CREATE INDEX ix_contract_import_job ON contract (import_job_id) WHERE import_job_id IS NOT NULL`,
    );
    await q.query(`DROP TRIGGER tr_contract_audited ON contract`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_contract_audited AFTER INSERT OR UPDATE ON contract
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit_or_import_of('contracts')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_contract_audited ON contract`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_contract_audited AFTER INSERT OR UPDATE ON contract
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit()`);
    await q.query(`ALTER TABLE contract DROP COLUMN IF EXISTS import_job_id`);
  }
}
