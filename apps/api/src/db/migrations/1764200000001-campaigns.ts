import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'REGISTERED', 'CONFIRMED', 'JOINED', 'CANCELLED'`;

/** CMP: campaigns, their members, the kept status changes (CMP-07) and the key-press log (CMP-10). */
export class Campaigns1764200000001 implements MigrationInterface {
  name = 'Campaigns1764200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE campaign_code_seq`);
    await q.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        code text NOT NULL,
        name text NOT NULL,
        type text,
        start_date date NOT NULL,
        end_date date,
        executor_id uuid REFERENCES app_user (id),
        creator_id uuid NOT NULL REFERENCES app_user (id),
        description text,
        goals text,
        budget numeric(20, 0),
        expected_revenue numeric(20, 0),
        actual_revenue numeric(20, 0),
        expenses jsonb NOT NULL DEFAULT '[]',
        key_map jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        search_text text GENERATED ALWAYS AS (sen_fold(code || ' ' || name || ' ' || coalesce(type, ''))) STORED,
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_campaign_code ON campaign (lower(code))`);
    await q.query(`CREATE INDEX ix_campaign_start ON campaign (start_date, id)`);
    await q.query(`CREATE INDEX ix_campaign_search ON campaign USING gin (search_text gin_trgm_ops)`);

    // No foreign keys here: at 100,000 members per addition their per-row checks cost more than the
    // insert itself (measured: 16 s of 28 s). Every insert takes its customers from a SELECT on live
    // customers under the campaign's row lock, and the statement triggers below delete the members of
    // a deleted campaign or customer, so no member can point at nothing.
    await q.query(`
      CREATE TABLE campaign_member (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        campaign_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'REGISTERED' CHECK (status IN (${STATUSES})),
        source text NOT NULL DEFAULT 'ADD' CHECK (source IN ('ADD', 'REGISTRATION')),
        added_by uuid,
        joined_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    // CMP-05: a customer is in a campaign at most once; also the customer's campaigns (CUS-10 tab).
    await q.query(`CREATE UNIQUE INDEX ux_campaign_member ON campaign_member (customer_id, campaign_id)`);
    await q.query(
      `CREATE INDEX ix_campaign_member_status ON campaign_member (campaign_id, status, joined_at, id)`,
    );
    await q.query(`CREATE INDEX ix_campaign_member_joined ON campaign_member (campaign_id, joined_at, id)`);

    // Members per status per campaign, kept by statement triggers: stats and statusCounts read a
    // few rows instead of counting 100,000 (every member change holds the campaign's row lock, so
    // these rows are never updated by two transactions in a different order).
    await q.query(`
      CREATE TABLE campaign_status_count (
        campaign_id uuid NOT NULL,
        status text NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (campaign_id, status)
      )`);
    await q.query(`
      CREATE FUNCTION sen_campaign_count_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO campaign_status_count (campaign_id, status, n)
        SELECT campaign_id, status, count(*) FROM added GROUP BY campaign_id, status ORDER BY 1, 2
        ON CONFLICT (campaign_id, status) DO UPDATE SET n = campaign_status_count.n + excluded.n;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION sen_campaign_count_remove() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE campaign_status_count k SET n = k.n - r.n
          FROM (SELECT campaign_id, status, count(*) AS n FROM removed GROUP BY campaign_id, status) r
         WHERE k.campaign_id = r.campaign_id AND k.status = r.status;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_campaign_member_count_insert AFTER INSERT ON campaign_member
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION sen_campaign_count_add()`);
    await q.query(`
      CREATE TRIGGER tr_campaign_member_count_delete AFTER DELETE ON campaign_member
      REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION sen_campaign_count_remove()`);
    await q.query(`
      CREATE TRIGGER tr_campaign_member_count_update_old AFTER UPDATE ON campaign_member
      REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION sen_campaign_count_remove()`);
    await q.query(`
      CREATE TRIGGER tr_campaign_member_count_update_new AFTER UPDATE ON campaign_member
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION sen_campaign_count_add()`);

    // What the missing foreign keys would cascade: members of a deleted campaign or customer.
    await q.query(`
      CREATE FUNCTION sen_campaign_members_of_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'campaign' THEN
          DELETE FROM campaign_member_event WHERE campaign_id IN (SELECT id FROM gone);
          DELETE FROM campaign_member WHERE campaign_id IN (SELECT id FROM gone);
          DELETE FROM campaign_status_count WHERE campaign_id IN (SELECT id FROM gone);
        ELSE
          DELETE FROM campaign_member_event WHERE member_id IN
            (SELECT m.id FROM campaign_member m WHERE m.customer_id IN (SELECT id FROM gone));
          DELETE FROM campaign_member WHERE customer_id IN (SELECT id FROM gone);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['campaign', 'customer']) {
      await q.query(`
        CREATE TRIGGER tr_${table}_campaign_members AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION sen_campaign_members_of_deleted()`);
    }

    // Every status move, with its time and user: the over-time charts and each member's history.
    // The first status, REGISTERED, is the member row's own joined_at / added_by / source. Deleted
    // with its member by the trigger above.
    await q.query(`
      CREATE TABLE campaign_member_event (
        id bigserial PRIMARY KEY,
        member_id uuid NOT NULL,
        campaign_id uuid NOT NULL,
        from_status text NOT NULL CHECK (from_status IN (${STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        source text NOT NULL CHECK (source IN ('MANUAL', 'KEYPRESS')),
        user_id uuid REFERENCES app_user (id),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_campaign_member_event_member ON campaign_member_event (member_id, at)`);
    await q.query(
      `CREATE INDEX ix_campaign_member_event_campaign ON campaign_member_event (campaign_id, at)`,
    );

    // CMP-10 (b): every key press, applied or not (a refused one changes nothing but this log).
    await q.query(`
      CREATE TABLE campaign_keypress (
        id bigserial PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        member_id uuid,
        phone text NOT NULL,
        key text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('APPLIED', 'REFUSED', 'UNKNOWN_KEY', 'NO_MEMBER')),
        from_status text,
        to_status text,
        user_id uuid REFERENCES app_user (id),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_campaign_keypress_campaign ON campaign_keypress (campaign_id, at)`);

    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_campaign_audited AFTER INSERT OR UPDATE ON campaign
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE IF EXISTS campaign_keypress, campaign_member_event, campaign_status_count, campaign_member, campaign CASCADE`,
    );
    await q.query(`DROP TRIGGER IF EXISTS tr_customer_campaign_members ON customer`);
    await q.query(
      `DROP FUNCTION IF EXISTS sen_campaign_members_of_deleted, sen_campaign_count_add, sen_campaign_count_remove`,
    );
    await q.query(`DROP SEQUENCE IF EXISTS campaign_code_seq`);
  }
}
