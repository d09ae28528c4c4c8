import type { MigrationInterface, QueryRunner } from 'typeorm';
import { countTriggers } from './sql-kit';

/**
 * Live customers per (owner, level), kept by statement-level triggers, so the list's level tabs
 * read a few hundred rows instead of counting a million index entries. A bulk statement updates
 * each counter once (transition tables), not once per row.
 */
export class CustomerLevelCounts1764150000000 implements MigrationInterface {
  name = 'CustomerLevelCounts1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_level_count (
        owner_id uuid NOT NULL,
        level text NOT NULL,
        n bigint NOT NULL,
        CONSTRAINT pk_customer_level_count PRIMARY KEY (owner_id, level)
      )`);
    await q.query(`
      CREATE FUNCTION sen_customer_level_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Sorted keys keep concurrent writers locking counters in one order (no deadlock).
        IF TG_OP = 'INSERT' THEN
          INSERT INTO customer_level_count AS k (owner_id, level, n)
          SELECT owner_id, level, count(*) FROM new_rows WHERE deleted_at IS NULL
           GROUP BY owner_id, level ORDER BY owner_id, level
          ON CONFLICT (owner_id, level) DO UPDATE SET n = k.n + EXCLUDED.n;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO customer_level_count AS k (owner_id, level, n)
          SELECT owner_id, level, -count(*) FROM old_rows WHERE deleted_at IS NULL
           GROUP BY owner_id, level ORDER BY owner_id, level
          ON CONFLICT (owner_id, level) DO UPDATE SET n = k.n + EXCLUDED.n;
        ELSE
          INSERT INTO customer_level_count AS k (owner_id, level, n)
          SELECT owner_id, level, sum(d) FROM (
              SELECT owner_id, level, 1 AS d FROM new_rows WHERE deleted_at IS NULL
              UNION ALL
              SELECT owner_id, level, -1 FROM old_rows WHERE deleted_at IS NULL) x
           GROUP BY owner_id, level HAVING sum(d) <> 0 ORDER BY owner_id, level
          ON CONFLICT (owner_id, level) DO UPDATE SET n = k.n + EXCLUDED.n;
        END IF;
        RETURN NULL;
      END $$`);
    for (const trigger of countTriggers(
      'customer_level_count',
      'customer',
      'sen_customer_level_count_apply',
    )) {
      await q.query(trigger);
    }
    await q.query(`
      CREATE FUNCTION sen_customer_level_count_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM customer_level_count;
        INSERT INTO customer_level_count (owner_id, level, n)
        SELECT owner_id, level, count(*) FROM customer WHERE deleted_at IS NULL GROUP BY owner_id, level;
      $$`);
    await q.query(`SELECT sen_customer_level_count_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS customer_level_count_ins ON customer`);
    await q.query(`DROP TRIGGER IF EXISTS customer_level_count_upd ON customer`);
    await q.query(`DROP TRIGGER IF EXISTS customer_level_count_del ON customer`);
    await q.query(`DROP FUNCTION IF EXISTS sen_customer_level_count_apply, sen_customer_level_count_rebuild`);
    await q.query(`DROP TABLE IF EXISTS customer_level_count`);
  }
}
