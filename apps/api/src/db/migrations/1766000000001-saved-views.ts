import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CARE-04, X-03: named views of a list (its filter, columns and sort), private or shared with
 * everyone, and the view each user opens a list with.
 */
export class SavedViews1766000000001 implements MigrationInterface {
  name = 'SavedViews1766000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_view (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        module text NOT NULL,
        name text NOT NULL,
        filter jsonb NOT NULL DEFAULT '{}'::jsonb,
        columns text[] NOT NULL DEFAULT '{}',
        order_by jsonb,
        shared boolean NOT NULL DEFAULT false,
        owner_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_saved_view_name ON saved_view (owner_id, module, lower(name))`);
    await q.query(`CREATE INDEX ix_saved_view_shared ON saved_view (module) WHERE shared`);
    await q.query(`
      CREATE TABLE saved_view_default (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        module text NOT NULL,
        view_id uuid NOT NULL REFERENCES saved_view (id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, module)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS saved_view_default`);
    await q.query(`DROP TABLE IF EXISTS saved_view`);
  }
}
