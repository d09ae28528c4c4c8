import type { MigrationInterface, QueryRunner } from 'typeorm';

/** IMP-01: legacy .xls and OpenDocument .ods uploads too. */
export class ImportFileKinds1764600000001 implements MigrationInterface {
  name = 'ImportFileKinds1764600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job DROP CONSTRAINT import_job_file_kind_check`);
    await q.query(
      `ALTER TABLE import_job ADD CONSTRAINT import_job_file_kind_check
         CHECK (file_kind IN ('xlsx', 'xls', 'ods', 'csv'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job DROP CONSTRAINT import_job_file_kind_check`);
    await q.query(
      `ALTER TABLE import_job ADD CONSTRAINT import_job_file_kind_check CHECK (file_kind IN ('xlsx', 'csv'))`,
    );
  }
}
