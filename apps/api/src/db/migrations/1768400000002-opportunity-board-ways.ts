import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pipeline's counts per way in (core/scope.ts `disjointWays`): the cards of the customers a
 * caller owns, less those the caller owns themself, are counted from the customer-owner index
 * alone when it also carries the card's own owner.
 */
export class OpportunityBoardWays1768400000002 implements MigrationInterface {
  name = 'OpportunityBoardWays1768400000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_opportunity_cowner_stage`);
    await q.query(`CREATE INDEX ix_opportunity_cowner_stage ON opportunity (customer_owner_id, stage)
      INCLUDE (expected_value, owner_id) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_opportunity_cowner_stage`);
    await q.query(`CREATE INDEX ix_opportunity_cowner_stage ON opportunity (customer_owner_id, stage)
      INCLUDE (expected_value) WHERE deleted_at IS NULL`);
  }
}
