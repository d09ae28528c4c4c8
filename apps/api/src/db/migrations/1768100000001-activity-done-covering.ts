import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * REP-02 for a STAFF user: the activities done in a period are checked against the caller's scope
 * (creator, assignee, participants, linked customers), so the index of done activities by due time
 * carries the creator and the id too, and the whole check reads index entries only (no visit of
 * each of the ~1,000,000 rows of a year on the bench base). It replaces ix_activity_done_due.
 */
export class ActivityDoneCovering1768100000001 implements MigrationInterface {
  name = 'ActivityDoneCovering1768100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX IF NOT EXISTS ix_activity_done ON activity (due_at) INCLUDE (assignee_id, created_by, id)
        WHERE deleted_at IS NULL AND status = 'DONE'`,
    );
    await q.query(`DROP INDEX IF EXISTS ix_activity_done_due`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX IF NOT EXISTS ix_activity_done_due ON activity (due_at, assignee_id)
        WHERE deleted_at IS NULL AND status = 'DONE'`,
    );
    await q.query(`DROP INDEX IF EXISTS ix_activity_done`);
  }
}
