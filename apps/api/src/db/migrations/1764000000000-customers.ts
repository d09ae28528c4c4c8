import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RECORD_TAIL } from './sql-kit';

const LEVELS = `'NEW', 'INTERESTED', 'APPROACHED', 'SIGNED', 'PAUSED', 'OTHER'`;

export class Customers1764000000000 implements MigrationInterface {
  name = 'Customers1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE system_parameter (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        company_name text,
        sender_email text,
        customer_code_mode text NOT NULL DEFAULT 'AUTO' CHECK (customer_code_mode IN ('AUTO', 'MANUAL')),
        customer_code_prefix text NOT NULL DEFAULT 'KH',
        customer_code_width integer NOT NULL DEFAULT 6 CHECK (customer_code_width BETWEEN 1 AND 12),
        created_date_mode text NOT NULL DEFAULT 'AUTO' CHECK (created_date_mode IN ('AUTO', 'MANUAL')),
        task_reminder_days integer NOT NULL DEFAULT 3,
        anniversary_reminder_days integer NOT NULL DEFAULT 7,
        contact_birthday_reminder_days integer NOT NULL DEFAULT 7,
        contract_expiry_reminder_days integer NOT NULL DEFAULT 30,
        payment_reminder_days integer NOT NULL DEFAULT 7,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`INSERT INTO system_parameter (id) VALUES (1)`);
    await q.query(`CREATE SEQUENCE customer_code_seq`);

    await q.query(`
      CREATE TABLE category (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        kind text NOT NULL CHECK (kind IN ('SCALE', 'INDUSTRY', 'SOURCE', 'CUSTOMER_GROUP', 'CONTACT_GROUP', 'CONTACT_STATUS')),
        name text NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_category_name ON category (kind, sen_fold(name))`);

    await q.query(`
      CREATE TABLE customer (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL DEFAULT 'B2B' CHECK (kind IN ('B2B', 'B2C')),
        level text NOT NULL DEFAULT 'NEW' CHECK (level IN (${LEVELS})),
        email text,
        phone text,
        fax text,
        tax_code text,
        website text,
        office_address text,
        business_address text,
        founded_on date,
        description text,
        industry_id uuid REFERENCES category (id),
        scale_id uuid REFERENCES category (id),
        source_id uuid REFERENCES category (id),
        labels text[] NOT NULL DEFAULT '{}',
        owner_id uuid NOT NULL REFERENCES app_user (id),
        ${RECORD_TAIL},
        search_text text GENERATED ALWAYS AS (sen_fold(
          code || ' ' || name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, '') || ' ' ||
          coalesce(tax_code, '') || ' ' || coalesce(office_address, '') || ' ' || coalesce(business_address, '')
        )) STORED
      )`);
    // Unique and duplicate rules apply to live records only: the trash never blocks a new one.
    await q.query(`CREATE UNIQUE INDEX ux_customer_code ON customer (code) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_customer_name ON customer (name, id) WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX ix_customer_owner_name ON customer (owner_id, name, id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_customer_owner_level_name ON customer (owner_id, level, name, id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_customer_level_name ON customer (level, name, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_customer_created ON customer (created_at, id) WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX ix_customer_deleted ON customer (deleted_at, id) WHERE deleted_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_customer_search ON customer USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_customer_labels ON customer USING gin (labels)`);
    for (const [name, expr] of [
      ['email', 'email'],
      ['phone', 'phone'],
      ['fax', 'fax'],
      ['tax_code', 'tax_code'],
      ['website', 'lower(website)'],
      ['folded_name', 'sen_fold(name)'],
    ]) {
      await q.query(`CREATE INDEX ix_customer_dup_${name} ON customer (${expr}) WHERE deleted_at IS NULL`);
    }

    await q.query(`
      CREATE TABLE customer_group (
        customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES category (id) ON DELETE CASCADE,
        PRIMARY KEY (customer_id, group_id)
      )`);
    await q.query(`CREATE INDEX ix_customer_group_group ON customer_group (group_id, customer_id)`);

    await q.query(`
      CREATE TABLE customer_share (
        customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (customer_id, user_id)
      )`);
    await q.query(`CREATE INDEX ix_customer_share_user ON customer_share (user_id, customer_id)`);

    await q.query(`
      CREATE TABLE ownership_event (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        action text NOT NULL CHECK (action IN ('SHARE', 'TRANSFER')),
        actor_id uuid NOT NULL REFERENCES app_user (id),
        from_user_id uuid REFERENCES app_user (id),
        to_user_ids uuid[] NOT NULL,
        customer_ids uuid[] NOT NULL,
        customer_count integer NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX ix_ownership_event_at ON ownership_event (at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE field_rule (
        module text NOT NULL,
        field text NOT NULL,
        required boolean NOT NULL DEFAULT false,
        is_unique boolean NOT NULL DEFAULT false,
        PRIMARY KEY (module, field)
      )`);
    await q.query(`
      INSERT INTO field_rule (module, field, required, is_unique) VALUES
        ('customer', 'email', false, true), ('customer', 'phone', false, true), ('customer', 'taxCode', false, true),
        ('contact', 'email', false, true), ('contact', 'mobile', false, true)`);

    await q.query(`
      CREATE TABLE contact (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        customer_id uuid REFERENCES customer (id) ON DELETE CASCADE,
        name text NOT NULL,
        title text,
        gender text CHECK (gender IN ('MALE', 'FEMALE', 'OTHER')),
        mobile text,
        email text,
        birthday date,
        address text,
        is_primary boolean NOT NULL DEFAULT false,
        notes text,
        status_id uuid REFERENCES category (id),
        owner_id uuid NOT NULL REFERENCES app_user (id),
        ${RECORD_TAIL},
        search_text text GENERATED ALWAYS AS (sen_fold(
          name || ' ' || coalesce(title, '') || ' ' || coalesce(mobile, '') || ' ' || coalesce(email, '')
        )) STORED
      )`);
    // CON-01: at most one primary contact per customer.
    await q.query(
      `CREATE UNIQUE INDEX ux_contact_primary ON contact (customer_id) WHERE is_primary AND deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_contact_customer ON contact (customer_id, name, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_contact_owner ON contact (owner_id, name, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contact_name ON contact (name, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contact_search ON contact USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_contact_dup_email ON contact (email) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contact_dup_mobile ON contact (mobile) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contact_deleted ON contact (deleted_at, id) WHERE deleted_at IS NOT NULL`);

    for (const table of ['customer', 'contact', 'category']) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER tr_${table}_audited AFTER INSERT OR UPDATE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE IF EXISTS contact, field_rule, ownership_event, customer_share, customer_group, customer, category, system_parameter CASCADE`,
    );
    await q.query(`DROP SEQUENCE IF EXISTS customer_code_seq`);
  }
}
