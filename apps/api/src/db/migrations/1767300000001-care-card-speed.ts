import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Care cards at 2,000,000 (issue 18 "Speed"). The unit's and the owner's (care date, id) indexes
 * also carry the columns the list's access rule and Thống kê nhanh read (owner or unit, channel,
 * satisfaction): the count of a unit's quarter and its stats are index-only scans instead of
 * 60,000 heap visits. The list sorts by `coalesce(care_date, '0001-01-01')` (a keyset needs a total
 * order); without a date range that expression is the only order, hence its own index.
 */
export class CareCardSpeed1767300000001 implements MigrationInterface {
  name = 'CareCardSpeed1767300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_care_card_unit_date`);
    await q.query(
      `CREATE INDEX ix_care_card_unit_date ON care_card (unit_id, care_date, id)
         INCLUDE (owner_id, channel, satisfaction) WHERE deleted_at IS NULL`,
    );
    await q.query(`DROP INDEX IF EXISTS ix_care_card_owner_date`);
    await q.query(
      `CREATE INDEX ix_care_card_owner_date ON care_card (owner_id, care_date, id)
         INCLUDE (unit_id, channel, satisfaction) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX IF NOT EXISTS ix_care_card_care_day ON care_card ((coalesce(care_date, '0001-01-01'::date)), id)
         WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_care_card_care_day`);
    await q.query(`DROP INDEX IF EXISTS ix_care_card_unit_date`);
    await q.query(
      `CREATE INDEX ix_care_card_unit_date ON care_card (unit_id, care_date, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`DROP INDEX IF EXISTS ix_care_card_owner_date`);
    await q.query(
      `CREATE INDEX ix_care_card_owner_date ON care_card (owner_id, care_date, id) WHERE deleted_at IS NULL`,
    );
  }
}
