import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which server process runs an import job, and until when its claim holds: several instances on
 * one database see the same jobs, and one takes over (marks interrupted, resumable) the job of an
 * instance that stopped renewing its lease.
 */
export class ImportRunner1765600000001 implements MigrationInterface {
  name = 'ImportRunner1765600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job ADD COLUMN runner text, ADD COLUMN lease_until timestamptz`);
    await q.query(`CREATE INDEX ix_import_job_running ON import_job (lease_until) WHERE status = 'RUNNING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_import_job_running`);
    await q.query(`ALTER TABLE import_job DROP COLUMN runner, DROP COLUMN lease_until`);
  }
}
