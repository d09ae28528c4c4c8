import type { MigrationInterface, QueryRunner } from 'typeorm';

/** IMP-01/02: persisted import jobs, their refused rows, and the job each imported record came from. */
export class Imports1764400000001 implements MigrationInterface {
  name = 'Imports1764400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        module text NOT NULL,
        file_name text NOT NULL,
        file_kind text NOT NULL CHECK (file_kind IN ('xlsx', 'csv')),
        file_size bigint NOT NULL,
        columns text[] NOT NULL,
        suggested_mapping jsonb NOT NULL,
        mapping jsonb,
        mode text CHECK (mode IN ('CREATE_ONLY', 'SKIP_DUPLICATES', 'UPDATE_DUPLICATES')),
        dry_run boolean NOT NULL DEFAULT false,
        convert_old_mobile boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'UPLOADED' CHECK (status IN ('UPLOADED', 'RUNNING', 'DONE', 'FAILED')),
        total_rows integer NOT NULL,
        processed_rows integer NOT NULL DEFAULT 0,
        created integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        skipped integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0,
        failure text,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_import_job_created ON import_job (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_import_job_creator ON import_job (created_by, created_at DESC)`);
    // One row per refused file row, written in the transaction of its batch (so a resumed job
    // neither loses nor repeats them); reasons are message keys, translated when read.
    await q.query(`
      CREATE TABLE import_row_error (
        job_id uuid NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
        row_no integer NOT NULL,
        reasons jsonb NOT NULL,
        cells jsonb NOT NULL,
        PRIMARY KEY (job_id, row_no)
      )`);
    for (const table of ['customer', 'contact']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN import_job_id uuid REFERENCES import_job (id)`);
      await q.query(
        `CREATE INDEX ix_${table}_import_job ON ${table} (import_job_id) WHERE import_job_id IS NOT NULL`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['customer', 'contact']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS import_job_id`);
    }
    await q.query(`DROP TABLE IF EXISTS import_row_error, import_job`);
  }
}
