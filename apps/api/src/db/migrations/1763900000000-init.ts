import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requireAuditFunction } from './sql-kit';

export class Init1763900000000 implements MigrationInterface {
  name = 'Init1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // unaccent() is only STABLE (its dictionary could change); this wrapper pins the dictionary
    // so it can be IMMUTABLE and serve expression/trigram indexes (SPEC X-02). đ/Đ → d as well.
    await q.query(`
      CREATE OR REPLACE FUNCTION sen_fold(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate(input, 'đĐ', 'dd'))) $$`);

    await q.query(`
      CREATE TABLE department (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_department_name ON department (sen_fold(name))`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'STAFF')),
        department_id uuid REFERENCES department (id),
        birthday date,
        active boolean NOT NULL DEFAULT true,
        language text NOT NULL DEFAULT 'VI' CHECK (language IN ('VI', 'EN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_app_user_email ON app_user (lower(email))`);
    await q.query(`CREATE INDEX ix_app_user_department ON app_user (department_id)`);
    await q.query(
      `CREATE INDEX ix_app_user_search ON app_user USING gin (sen_fold(name || ' ' || email) gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        name text NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_api_token_hash ON api_token (token_hash)`);
    await q.query(`CREATE INDEX ix_api_token_user ON api_token (user_id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        action text NOT NULL,
        module text NOT NULL,
        record_id text,
        user_id uuid REFERENCES app_user (id),
        description text NOT NULL,
        description_en text,
        changes jsonb,
        tx_id bigint NOT NULL DEFAULT txid_current()
      )`);
    await q.query(`CREATE INDEX ix_audit_log_at ON audit_log (at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_audit_log_record ON audit_log (record_id, tx_id)`);
    await q.query(`CREATE INDEX ix_audit_log_user ON audit_log (user_id, at DESC)`);
    await q.query(`CREATE INDEX ix_audit_log_module ON audit_log (module, at DESC)`);
    await q.query(
      `CREATE INDEX ix_audit_log_description ON audit_log
         USING gin (sen_fold(description || ' ' || coalesce(description_en, '')) gin_trgm_ops)`,
    );

    // AUD-03: the log is append-only, whatever path tries to change it.
    await q.query(`
      CREATE FUNCTION sen_audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION sen_audit_log_immutable()`);
    await q.query(`
      CREATE TRIGGER tr_audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION sen_audit_log_immutable()`);

    // AUD-01: a change to an audited table cannot commit unless the same transaction wrote an
    // audit entry for that record. Checked at commit (deferred), so the order inside does not matter.
    await q.query(requireAuditFunction('sen_require_audit'));
    for (const table of ['app_user', 'department']) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER tr_${table}_audited AFTER INSERT OR UPDATE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_log, api_token, app_user, department CASCADE`);
    await q.query(`DROP FUNCTION IF EXISTS sen_require_audit, sen_audit_log_immutable, sen_fold`);
  }
}
