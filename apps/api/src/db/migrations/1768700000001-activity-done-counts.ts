import type { MigrationInterface, QueryRunner } from 'typeorm';
import { countTriggers } from './sql-kit';

/** The Vietnamese day an activity is due on (REP-02 periods are Vietnamese days). */
const DUE_DAY = (row: string) => `(${row}.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
/** What an activity row adds to the counts: live, done and due on a day. */
const COUNTED = (row: string) =>
  `${row}.deleted_at IS NULL AND ${row}.status = 'DONE' AND ${row}.due_at IS NOT NULL`;

/**
 * REP-02 "activities done per user" without reading the ~1,000,000 done activities of a year
 * (5,000,000 on the bench base):
 *
 * - `activity_done_count`: live DONE activities per Vietnamese due day, assignee and creator, kept
 *   by statement-level triggers from the transition tables of every insert, update and delete of
 *   activities (a status change, a new due date or assignee, trash, restore, purge, a bulk change:
 *   what the statement removed is subtracted, what it wrote is added), in the writing transaction.
 *   Everything an ADMIN sees, and for others the activities they see by their own columns
 *   (creator, assignee, a manager's department), are sums over it.
 * - The link rows (`activity_customer`, `activity_participant`) carry a copy of their activity's
 *   `done_due_at` (its due time while it is live and DONE, else NULL), `assignee_id` and
 *   `created_by`, and a customer link its customer's `customer_owner_id`: the activities seen only
 *   through a participant or a customer are read from small partial indexes of the links, never
 *   from the activities. The copies are never written by the application: a BEFORE trigger sets
 *   them from the activity and the customer (locked FOR SHARE, so a concurrent change of either
 *   waits or is seen) on every write of a link row, and a change of the activity's copied columns
 *   or of the customer's owner rewrites the links (the BEFORE trigger then reads the new values).
 */
export class ActivityDoneCounts1768700000001 implements MigrationInterface {
  name = 'ActivityDoneCounts1768700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE activity_done_count (
        day date NOT NULL,
        assignee_id uuid NOT NULL,
        created_by uuid NOT NULL,
        n bigint NOT NULL,
        CONSTRAINT pk_activity_done_count PRIMARY KEY (day, assignee_id, created_by)
      )`);
    await q.query(`
      CREATE FUNCTION sen_activity_done_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Sorted keys keep concurrent writers locking counters in one order (no deadlock).
        IF TG_OP = 'INSERT' THEN
          INSERT INTO activity_done_count AS k (day, assignee_id, created_by, n)
          SELECT ${DUE_DAY('r')}, r.assignee_id, r.created_by, count(*) FROM new_rows r WHERE ${COUNTED('r')}
           GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ON CONFLICT (day, assignee_id, created_by) DO UPDATE SET n = k.n + EXCLUDED.n;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO activity_done_count AS k (day, assignee_id, created_by, n)
          SELECT ${DUE_DAY('r')}, r.assignee_id, r.created_by, -count(*) FROM old_rows r WHERE ${COUNTED('r')}
           GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ON CONFLICT (day, assignee_id, created_by) DO UPDATE SET n = k.n + EXCLUDED.n;
        ELSE
          INSERT INTO activity_done_count AS k (day, assignee_id, created_by, n)
          SELECT day, assignee_id, created_by, sum(d) FROM (
              SELECT ${DUE_DAY('r')} AS day, r.assignee_id, r.created_by, 1 AS d FROM new_rows r WHERE ${COUNTED('r')}
              UNION ALL
              SELECT ${DUE_DAY('r')}, r.assignee_id, r.created_by, -1 FROM old_rows r WHERE ${COUNTED('r')}) x
           GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
          ON CONFLICT (day, assignee_id, created_by) DO UPDATE SET n = k.n + EXCLUDED.n;
        END IF;
        RETURN NULL;
      END $$`);
    for (const trigger of countTriggers('activity_done_count', 'activity', 'sen_activity_done_count_apply')) {
      await q.query(trigger);
    }
    // Also for the bulk seed, which loads with triggers off.
    await q.query(`
      CREATE FUNCTION sen_activity_done_count_rebuild() RETURNS void LANGUAGE sql AS $$
        DELETE FROM activity_done_count;
        INSERT INTO activity_done_count (day, assignee_id, created_by, n)
        SELECT ${DUE_DAY('a')}, a.assignee_id, a.created_by, count(*) FROM activity a WHERE ${COUNTED('a')}
         GROUP BY 1, 2, 3;
      $$`);

    // The copies on the link rows, filled set-based before their triggers exist (ADD COLUMN holds
    // the tables locked until the end: no write comes in between).
    for (const t of ['activity_customer', 'activity_participant']) {
      await q.query(
        `ALTER TABLE ${t} ADD COLUMN done_due_at timestamptz, ADD COLUMN assignee_id uuid, ADD COLUMN created_by uuid`,
      );
    }
    await q.query(`ALTER TABLE activity_customer ADD COLUMN customer_owner_id uuid`);
    await q.query(`
      UPDATE activity_customer l
         SET done_due_at = CASE WHEN ${COUNTED('a')} THEN a.due_at END,
             assignee_id = a.assignee_id, created_by = a.created_by, customer_owner_id = c.owner_id
        FROM activity a, customer c
       WHERE a.id = l.activity_id AND c.id = l.customer_id`);
    await q.query(`
      UPDATE activity_participant l
         SET done_due_at = CASE WHEN ${COUNTED('a')} THEN a.due_at END,
             assignee_id = a.assignee_id, created_by = a.created_by
        FROM activity a
       WHERE a.id = l.activity_id`);
    for (const t of ['activity_customer', 'activity_participant']) {
      await q.query(
        `ALTER TABLE ${t} ALTER COLUMN assignee_id SET NOT NULL, ALTER COLUMN created_by SET NOT NULL`,
      );
    }
    await q.query(`ALTER TABLE activity_customer ALTER COLUMN customer_owner_id SET NOT NULL`);
    await q.query(`SELECT sen_activity_done_count_rebuild()`);

    await q.query(`
      CREATE FUNCTION sen_activity_link_copy() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        a activity%ROWTYPE;
      BEGIN
        SELECT * INTO a FROM activity WHERE id = NEW.activity_id FOR SHARE;
        NEW.done_due_at := CASE WHEN ${COUNTED('a')} THEN a.due_at END;
        NEW.assignee_id := a.assignee_id;
        NEW.created_by := a.created_by;
        IF TG_TABLE_NAME = 'activity_customer' THEN
          NEW.customer_owner_id := (SELECT c.owner_id FROM customer c WHERE c.id = NEW.customer_id FOR SHARE);
        END IF;
        RETURN NEW;
      END $$`);
    for (const t of ['activity_customer', 'activity_participant']) {
      await q.query(`
        CREATE TRIGGER tr_${t}_copy BEFORE INSERT OR UPDATE ON ${t}
        FOR EACH ROW EXECUTE FUNCTION sen_activity_link_copy()`);
    }
    // A change of what the links copy rewrites them (the BEFORE trigger reads the new values).
    await q.query(`
      CREATE FUNCTION sen_activity_link_cascade() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE activity_customer SET done_due_at = NULL WHERE activity_id = NEW.id;
        UPDATE activity_participant SET done_due_at = NULL WHERE activity_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_activity_link_cascade AFTER UPDATE OF status, due_at, deleted_at, assignee_id, created_by
      ON activity FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.due_at IS DISTINCT FROM NEW.due_at
         OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id
         OR OLD.created_by IS DISTINCT FROM NEW.created_by)
      EXECUTE FUNCTION sen_activity_link_cascade()`);
    await q.query(`
      CREATE FUNCTION sen_activity_link_customer_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE activity_customer SET customer_owner_id = NEW.owner_id WHERE customer_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_customer_owner_activity_links AFTER UPDATE OF owner_id ON customer
      FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id)
      EXECUTE FUNCTION sen_activity_link_customer_owner()`);

    // Done links by the customer's owner and by the participant, in due order, read index-only.
    await q.query(`
      CREATE INDEX ix_activity_customer_done ON activity_customer (customer_owner_id, done_due_at)
        INCLUDE (activity_id, customer_id, assignee_id, created_by) WHERE done_due_at IS NOT NULL`);
    await q.query(`
      CREATE INDEX ix_activity_participant_done ON activity_participant (user_id, done_due_at)
        INCLUDE (activity_id, assignee_id, created_by) WHERE done_due_at IS NOT NULL`);
    await q.query(`ANALYZE activity_done_count`);
    await q.query(`ANALYZE activity_customer`);
    await q.query(`ANALYZE activity_participant`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS tr_customer_owner_activity_links ON customer`);
    await q.query(`DROP TRIGGER IF EXISTS tr_activity_link_cascade ON activity`);
    for (const t of ['activity_customer', 'activity_participant']) {
      await q.query(`DROP TRIGGER IF EXISTS tr_${t}_copy ON ${t}`);
      await q.query(
        `ALTER TABLE ${t} DROP COLUMN done_due_at, DROP COLUMN assignee_id, DROP COLUMN created_by`,
      );
    }
    await q.query(`ALTER TABLE activity_customer DROP COLUMN customer_owner_id`);
    await q.query(`DROP TRIGGER IF EXISTS activity_done_count_ins ON activity`);
    await q.query(`DROP TRIGGER IF EXISTS activity_done_count_upd ON activity`);
    await q.query(`DROP TRIGGER IF EXISTS activity_done_count_del ON activity`);
    await q.query(`DROP FUNCTION IF EXISTS sen_activity_link_customer_owner, sen_activity_link_cascade`);
    await q.query(`DROP FUNCTION IF EXISTS sen_activity_link_copy`);
    await q.query(`DROP FUNCTION IF EXISTS sen_activity_done_count_apply, sen_activity_done_count_rebuild`);
    await q.query(`DROP TABLE IF EXISTS activity_done_count`);
  }
}
