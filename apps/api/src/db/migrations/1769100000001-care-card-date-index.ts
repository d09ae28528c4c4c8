import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 (a care-card import at 10,000 rows/s): `ix_care_card_date` (care date, id) cost every
 * new card a btree insertion, 13-15 % of an imported card's INSERT CPU on the 2.2M-card bench
 * base, for the one query the care-day index can serve as well: the list, its count and its
 * stats with a date range and no unit or owner filter, which now also bound
 * `coalesce(care_date, '0001-01-01')` and sort by it (the same cards in the same order: a range
 * has no card without a date). The care-day index carries the care date itself, so that count
 * stays an index-only scan (a quarter of the bench base: 0.3 s, as on the old index; 0.9-1.2 s as
 * a bitmap scan without it). The unit's and the owner's (care date, id) indexes keep serving their
 * filters. On the 2.2M-card base the migration took 6 s (the care-day index built again).
 */
export class CareCardDateIndex1769100000001 implements MigrationInterface {
  name = 'CareCardDateIndex1769100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_care_card_care_day_new ON care_card ((coalesce(care_date, '0001-01-01'::date)), id)
         INCLUDE (care_date) WHERE deleted_at IS NULL`,
    );
    await q.query(`DROP INDEX IF EXISTS ix_care_card_care_day`);
    await q.query(`ALTER INDEX ix_care_card_care_day_new RENAME TO ix_care_card_care_day`);
    await q.query(`DROP INDEX IF EXISTS ix_care_card_date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_care_card_date ON care_card (care_date, id) WHERE deleted_at IS NULL`);
    await q.query(`DROP INDEX IF EXISTS ix_care_card_care_day`);
    await q.query(
      `CREATE INDEX ix_care_card_care_day ON care_card ((coalesce(care_date, '0001-01-01'::date)), id)
         WHERE deleted_at IS NULL`,
    );
  }
}
