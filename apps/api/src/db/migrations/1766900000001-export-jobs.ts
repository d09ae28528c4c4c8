import type { MigrationInterface, QueryRunner } from 'typeorm';

/** a large export runs in the background, shows its progress and is kept for a day. */
export class ExportJobs1766900000001 implements MigrationInterface {
  name = 'ExportJobs1766900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export_job (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        module text NOT NULL,
        format text NOT NULL,
        file_name text NOT NULL,
        status text NOT NULL,
        total_rows integer,
        processed_rows integer NOT NULL DEFAULT 0,
        file_size bigint,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_export_job_user ON export_job (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_export_job_expires ON export_job (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS export_job`);
  }
}
