import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['auth_session', 'app_user', 'department'];

/**
 * Every transaction that changes a session, a user or a department notifies the channel `sen_auth`
 * when it commits (one notice a statement, whatever it wrote). A server listens there (the session
 * watch, modules/auth/session-watch.ts) and trusts a session it read until the next notice, instead
 * of reading the session again on every request: the round trip was most of a small request's cost.
 * Statement-level, so a bulk change costs one notice; TRUNCATE included.
 */
export class AuthNotices1769500000004 implements MigrationInterface {
  name = 'AuthNotices1769500000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION sen_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('sen_auth', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await q.query(`CREATE TRIGGER tr_${table}_auth_notice AFTER UPDATE OR DELETE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION sen_auth_changed()`);
      await q.query(`CREATE TRIGGER tr_${table}_auth_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION sen_auth_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`DROP TRIGGER IF EXISTS tr_${table}_auth_notice ON ${table}`);
      await q.query(`DROP TRIGGER IF EXISTS tr_${table}_auth_truncate ON ${table}`);
    }
    await q.query('DROP FUNCTION IF EXISTS sen_auth_changed()');
  }
}
