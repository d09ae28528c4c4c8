import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attempt counters (login per e-mail and per address, the public registration form per address)
 * in the database, so every server process on it shares them, and so an attempt is counted in
 * one atomic statement before the work it guards is done.
 */
export class AttemptLimit1765200000001 implements MigrationInterface {
  name = 'AttemptLimit1765200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attempt_limit (
        scope text NOT NULL,
        key text NOT NULL,
        attempts integer NOT NULL,
        window_start timestamptz NOT NULL,
        locked_until timestamptz,
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE attempt_limit');
  }
}
