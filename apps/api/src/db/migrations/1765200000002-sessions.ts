import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that can be ended: a login's token names its row, checked on every request, so logout,
 * a password change or reset, and deactivation end it at once. API tokens may expire and may be
 * read-only.
 */
export class Sessions1765200000002 implements MigrationInterface {
  name = 'Sessions1765200000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      )`);
    await q.query('CREATE INDEX ix_auth_session_user ON auth_session (user_id) WHERE ended_at IS NULL');
    await q.query('ALTER TABLE api_token ADD COLUMN expires_at timestamptz');
    await q.query('ALTER TABLE api_token ADD COLUMN read_only boolean NOT NULL DEFAULT false');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE api_token DROP COLUMN read_only');
    await q.query('ALTER TABLE api_token DROP COLUMN expires_at');
    await q.query('DROP TABLE auth_session');
  }
}
