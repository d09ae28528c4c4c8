import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RECORD_TAIL } from './sql-kit';

/** ACT (activities, comments, participants), REM (month-day indexes), PAR-01 SMTP, greeting mail log. */
export class Activities1764300000001 implements MigrationInterface {
  name = 'Activities1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('CALL', 'MEETING', 'EMAIL', 'TASK', 'NOTE', 'APPOINTMENT')),
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        priority text NOT NULL DEFAULT 'NORMAL' CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
        description text,
        start_at timestamptz,
        due_at timestamptz,
        assignee_id uuid NOT NULL REFERENCES app_user (id),
        created_by uuid NOT NULL REFERENCES app_user (id),
        ${RECORD_TAIL},
        search_text text GENERATED ALWAYS AS (sen_fold(name || ' ' || coalesce(description, ''))) STORED,
        CONSTRAINT ck_activity_due_after_start CHECK (due_at IS NULL OR start_at IS NULL OR due_at >= start_at)
      )`);
    // "My work" and "assigned by me", newest first, read as index range scans.
    await q.query(
      `CREATE INDEX ix_activity_assignee ON activity (assignee_id, created_at, id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_activity_creator ON activity (created_by, created_at, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_activity_created ON activity (created_at, id) WHERE deleted_at IS NULL`);
    // REM-03 task due dates of one assignee.
    await q.query(
      `CREATE INDEX ix_activity_assignee_due ON activity (assignee_id, due_at)
         WHERE deleted_at IS NULL AND status IN ('PLANNED', 'IN_PROGRESS')`,
    );
    await q.query(`CREATE INDEX ix_activity_due ON activity (due_at, id) WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX ix_activity_deleted ON activity (deleted_at, id) WHERE deleted_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_activity_search ON activity USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE activity_customer (
        activity_id uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        PRIMARY KEY (activity_id, customer_id)
      )`);
    await q.query(
      `CREATE INDEX ix_activity_customer_customer ON activity_customer (customer_id, activity_id)`,
    );
    await q.query(`
      CREATE TABLE activity_participant (
        activity_id uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        PRIMARY KEY (activity_id, user_id)
      )`);
    await q.query(`CREATE INDEX ix_activity_participant_user ON activity_participant (user_id, activity_id)`);
    await q.query(`
      CREATE TABLE activity_comment (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        activity_id uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES app_user (id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX ix_activity_comment_activity ON activity_comment (activity_id, created_at)`);
    // ACT-04: a comment is never edited, whatever path tries (a purge still removes it with its activity).
    await q.query(`
      CREATE FUNCTION sen_comment_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'activity_comment cannot be edited' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_activity_comment_immutable BEFORE UPDATE ON activity_comment
      FOR EACH ROW EXECUTE FUNCTION sen_comment_immutable()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_activity_audited AFTER INSERT OR UPDATE ON activity
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit()`);

    // REM-02: yearly events are found by month-day (month * 100 + day) with an index lookup.
    await q.query(`
      CREATE FUNCTION sen_mmdd(d date) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT (extract(month FROM d) * 100 + extract(day FROM d))::integer $$`);
    // Covering (INCLUDE) so a reminder is read from the index alone, without a heap visit per row.
    await q.query(
      `CREATE INDEX ix_customer_owner_founded_mmdd ON customer (owner_id, sen_mmdd(founded_on))
         INCLUDE (founded_on, name, email) WHERE deleted_at IS NULL AND founded_on IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX ix_contact_owner_birthday_mmdd ON contact (owner_id, sen_mmdd(birthday))
         INCLUDE (birthday, name, email, customer_id) WHERE deleted_at IS NULL AND birthday IS NOT NULL`,
    );
    // Contacts of the customers shared with the caller.
    await q.query(
      `CREATE INDEX ix_contact_customer_birthday_mmdd ON contact (customer_id, sen_mmdd(birthday))
         INCLUDE (birthday, name, email) WHERE deleted_at IS NULL AND birthday IS NOT NULL`,
    );

    await q.query(`
      ALTER TABLE system_parameter
        ADD COLUMN smtp_host text,
        ADD COLUMN smtp_port integer,
        ADD COLUMN smtp_secure boolean NOT NULL DEFAULT false,
        ADD COLUMN smtp_user text,
        ADD COLUMN smtp_password text`);

    await q.query(`
      CREATE TABLE mail_log (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        kind text NOT NULL,
        record_id uuid NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        status text NOT NULL CHECK (status IN ('SENT', 'FAILED')),
        error text,
        message_id text,
        sent_by uuid NOT NULL REFERENCES app_user (id),
        sent_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX ix_mail_log_record ON mail_log (record_id, sent_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE IF EXISTS mail_log, activity_comment, activity_participant, activity_customer, activity CASCADE`,
    );
    await q.query(
      `DROP INDEX IF EXISTS ix_customer_owner_founded_mmdd, ix_contact_owner_birthday_mmdd, ix_contact_customer_birthday_mmdd`,
    );
    await q.query(`DROP FUNCTION IF EXISTS sen_mmdd, sen_comment_immutable`);
    await q.query(
      `ALTER TABLE system_parameter DROP COLUMN smtp_host, DROP COLUMN smtp_port, DROP COLUMN smtp_secure,
         DROP COLUMN smtp_user, DROP COLUMN smtp_password`,
    );
  }
}
