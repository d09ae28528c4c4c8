import type { MigrationInterface, QueryRunner } from 'typeorm';

/** X-07 for campaigns: a deleted campaign goes to the trash (with its members) until restored or purged. */
export class CampaignTrash1767500000001 implements MigrationInterface {
  name = 'CampaignTrash1767500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign ADD COLUMN deleted_at timestamptz, ADD COLUMN deleted_by uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign DROP COLUMN deleted_at, DROP COLUMN deleted_by`);
  }
}
