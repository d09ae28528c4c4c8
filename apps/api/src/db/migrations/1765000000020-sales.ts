import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RECORD_TAIL, requireAuditFunction } from './sql-kit';

const VAT = `'ZERO', 'FIVE', 'EIGHT', 'TEN', 'EXEMPT'`;
const STAGES = `'NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST'`;

/** The columns every document shares (SALES-DESIGN.md "Data"), after its own. */
const DOCUMENT_TAIL = `
  amount bigint NOT NULL DEFAULT 0,
  discount bigint NOT NULL DEFAULT 0,
  vat bigint NOT NULL DEFAULT 0,
  total bigint NOT NULL DEFAULT 0,
  owner_id uuid NOT NULL REFERENCES app_user (id),
  created_by uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  deleted_by uuid REFERENCES app_user (id),
  version integer NOT NULL DEFAULT 1,
  search_text text NOT NULL DEFAULT ''`;

/** Each line-bearing document and its line table: same line columns, FK ON DELETE CASCADE. */
const DOCUMENTS: [table: string, lines: string, key: string][] = [
  ['quote', 'quote_line', 'quote_id'],
  ['contract', 'contract_line', 'contract_id'],
  ['sales_order', 'order_line', 'order_id'],
  ['invoice', 'invoice_line', 'invoice_id'],
];

/**
 * SAL-01..06, first part: products, opportunities, quotes, and the minimal contracts, orders and
 * invoices a quote converts to (issue 17 extends those). Money is whole đồng in bigint,
 * quantities numeric(18,4), percentages numeric(7,4). A document keeps its computed totals beside
 * its lines, written from `computeTotals` in the same transaction. Numbers are unique among live
 * rows; the trash never blocks a new record.
 */
export class Sales1765000000020 implements MigrationInterface {
  name = 'Sales1765000000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE category DROP CONSTRAINT IF EXISTS category_kind_check`);
    await q.query(`
      ALTER TABLE category ADD CONSTRAINT category_kind_check CHECK (kind IN (
        'SCALE', 'INDUSTRY', 'SOURCE', 'CUSTOMER_GROUP', 'CONTACT_GROUP', 'CONTACT_STATUS', 'PRODUCT_GROUP'))`);

    // AUD-01 with a named module: an import batch's IMPORT entry names the module (`products`),
    // not the table, so the check takes the module as the trigger's argument.
    await q.query(requireAuditFunction('sen_require_audit_or_import_of', 'TG_ARGV[0]'));

    await q.query(`
      CREATE TABLE product (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL DEFAULT 'GOODS' CHECK (kind IN ('GOODS', 'SERVICE')),
        unit text NOT NULL,
        price bigint CHECK (price >= 0),
        vat_rate text NOT NULL DEFAULT 'TEN' CHECK (vat_rate IN (${VAT})),
        group_id uuid REFERENCES category (id),
        active boolean NOT NULL DEFAULT true,
        description text,
        owner_id uuid NOT NULL REFERENCES app_user (id),
        import_job_id uuid REFERENCES import_job (id) ON DELETE SET NULL,
        ${RECORD_TAIL},
        search_text text GENERATED ALWAYS AS (sen_fold(code || ' ' || name)) STORED
      )`);
    // Codes compare without case: "sp01" and "SP01" are one product.
    await q.query(`CREATE UNIQUE INDEX ux_product_code ON product (lower(code)) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_product_name ON product (name, id) WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX ix_product_dup_folded_name ON product (sen_fold(name)) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_product_deleted ON product (deleted_at, id) WHERE deleted_at IS NOT NULL`);
    await q.query(`CREATE INDEX ix_product_search ON product USING gin (search_text gin_trgm_ops)`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_product_audited AFTER INSERT OR UPDATE ON product
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit_or_import_of('products')`);

    await q.query(`
      CREATE TABLE opportunity (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        code text NOT NULL,
        name text NOT NULL,
        customer_id uuid NOT NULL REFERENCES customer (id),
        contact_id uuid REFERENCES contact (id) ON DELETE SET NULL,
        stage text NOT NULL DEFAULT 'NEEDS_ANALYSIS' CHECK (stage IN (${STAGES})),
        probability smallint NOT NULL CHECK (probability BETWEEN 0 AND 100),
        expected_value bigint CHECK (expected_value >= 0),
        expected_close_date date,
        source_id uuid REFERENCES category (id),
        lost_reason text,
        description text,
        stage_changed_at timestamptz NOT NULL DEFAULT now(),
        owner_id uuid NOT NULL REFERENCES app_user (id),
        created_by uuid NOT NULL REFERENCES app_user (id),
        ${RECORD_TAIL},
        search_text text NOT NULL DEFAULT '',
        CONSTRAINT ck_opportunity_lost_reason CHECK (stage <> 'LOST' OR lost_reason IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_opportunity_code ON opportunity (code) WHERE deleted_at IS NULL`);
    // The board: counts and sums per stage of an owner's (or a department's) opportunities.
    await q.query(
      `CREATE INDEX ix_opportunity_owner_stage ON opportunity (owner_id, stage)
         INCLUDE (expected_value) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_opportunity_customer ON opportunity (customer_id, created_at, id)
         INCLUDE (owner_id, stage, expected_value) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_opportunity_stage_created ON opportunity (stage, created_at, id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_opportunity_owner_created ON opportunity (owner_id, created_at, id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_opportunity_created ON opportunity (created_at, id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_opportunity_close ON opportunity (expected_close_date, id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_opportunity_deleted ON opportunity (deleted_at, id) WHERE deleted_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_opportunity_search ON opportunity USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE quote (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        number text NOT NULL,
        date date NOT NULL,
        valid_until date,
        customer_id uuid NOT NULL REFERENCES customer (id),
        contact_id uuid REFERENCES contact (id) ON DELETE SET NULL,
        opportunity_id uuid REFERENCES opportunity (id) ON DELETE SET NULL,
        -- EXPIRED is not stored: a DRAFT or SENT quote past valid_until shows as EXPIRED.
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SENT', 'ACCEPTED', 'REJECTED')),
        terms text,
        ${DOCUMENT_TAIL},
        CONSTRAINT ck_quote_valid_until CHECK (valid_until IS NULL OR valid_until >= date)
      )`);
    await q.query(
      `CREATE INDEX ix_quote_opportunity ON quote (opportunity_id) WHERE opportunity_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE contract (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        number text NOT NULL,
        customer_id uuid NOT NULL REFERENCES customer (id),
        contact_id uuid REFERENCES contact (id) ON DELETE SET NULL,
        quote_id uuid REFERENCES quote (id) ON DELETE SET NULL,
        opportunity_id uuid REFERENCES opportunity (id) ON DELETE SET NULL,
        signed_on date,
        valid_from date,
        valid_to date,
        signed boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'ACTIVE', 'COMPLETED', 'LIQUIDATED', 'CANCELLED')),
        terms text,
        ${DOCUMENT_TAIL}
      )`);

    await q.query(`
      CREATE TABLE sales_order (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        number text NOT NULL,
        date date NOT NULL,
        customer_id uuid NOT NULL REFERENCES customer (id),
        contact_id uuid REFERENCES contact (id) ON DELETE SET NULL,
        quote_id uuid REFERENCES quote (id) ON DELETE SET NULL,
        contract_id uuid REFERENCES contract (id) ON DELETE SET NULL,
        delivery_address text,
        delivery_date date,
        status text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'PROCESSING', 'DELIVERED', 'CANCELLED')),
        notes text,
        ${DOCUMENT_TAIL}
      )`);

    await q.query(`
      CREATE TABLE invoice (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        number text NOT NULL,
        date date NOT NULL,
        due_date date,
        customer_id uuid NOT NULL REFERENCES customer (id),
        contact_id uuid REFERENCES contact (id) ON DELETE SET NULL,
        quote_id uuid REFERENCES quote (id) ON DELETE SET NULL,
        contract_id uuid REFERENCES contract (id) ON DELETE SET NULL,
        order_id uuid REFERENCES sales_order (id) ON DELETE SET NULL,
        buyer_name text,
        buyer_tax_code text,
        buyer_address text,
        payment_method text CHECK (payment_method IN ('CASH', 'TRANSFER', 'CASH_OR_TRANSFER')),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ISSUED', 'PARTIAL', 'PAID', 'CANCELLED')),
        notes text,
        ${DOCUMENT_TAIL}
      )`);

    for (const [table, lines, key] of DOCUMENTS) {
      const dateColumn = table === 'contract' ? 'signed_on' : 'date';
      await q.query(`CREATE UNIQUE INDEX ux_${table}_number ON ${table} (number) WHERE deleted_at IS NULL`);
      // The list filters the benches ask for: by owner, by status, by customer, each newest first.
      await q.query(
        `CREATE INDEX ix_${table}_owner_date ON ${table} (owner_id, ${dateColumn}, id) WHERE deleted_at IS NULL`,
      );
      await q.query(
        `CREATE INDEX ix_${table}_status_date ON ${table} (status, ${dateColumn}, id) WHERE deleted_at IS NULL`,
      );
      await q.query(
        `CREATE INDEX ix_${table}_customer_date ON ${table} (customer_id, ${dateColumn}, id) WHERE deleted_at IS NULL`,
      );
      await q.query(`CREATE INDEX ix_${table}_date ON ${table} (${dateColumn}, id) WHERE deleted_at IS NULL`);
      await q.query(
        `CREATE INDEX ix_${table}_deleted ON ${table} (deleted_at, id) WHERE deleted_at IS NOT NULL`,
      );
      await q.query(`CREATE INDEX ix_${table}_search ON ${table} USING gin (search_text gin_trgm_ops)`);
      await q.query(`
        CREATE CONSTRAINT TRIGGER tr_${table}_audited AFTER INSERT OR UPDATE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit()`);

      await q.query(`
        CREATE TABLE ${lines} (
          id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
          ${key} uuid NOT NULL REFERENCES ${table} (id) ON DELETE CASCADE,
          position integer NOT NULL,
          product_id uuid REFERENCES product (id) ON DELETE SET NULL,
          product_name text NOT NULL,
          unit text,
          quantity numeric(18, 4) NOT NULL CHECK (quantity > 0),
          unit_price bigint NOT NULL CHECK (unit_price >= 0),
          discount_percent numeric(7, 4) CHECK (discount_percent BETWEEN 0 AND 100),
          discount_amount bigint CHECK (discount_amount >= 0),
          vat_rate text NOT NULL CHECK (vat_rate IN (${VAT})),
          amount bigint NOT NULL,
          discount bigint NOT NULL,
          vat bigint NOT NULL,
          total bigint NOT NULL,
          CONSTRAINT ux_${lines}_position UNIQUE (${key}, position)
        )`);
      await q.query(`CREATE INDEX ix_${lines}_product ON ${lines} (product_id) WHERE product_id IS NOT NULL`);
    }
    for (const table of ['contract', 'sales_order', 'invoice']) {
      await q.query(`CREATE INDEX ix_${table}_quote ON ${table} (quote_id) WHERE quote_id IS NOT NULL`);
    }

    // X-02 search of a document: its number and its customer's code and name (a snapshot taken when
    // the number or the customer changes), folded; opportunities add their own name.
    await q.query(`
      CREATE FUNCTION sen_customer_search_words(customer uuid) RETURNS text LANGUAGE sql STABLE
      AS $$ SELECT c.code || ' ' || c.name FROM customer c WHERE c.id = customer $$`);
    await q.query(`
      CREATE FUNCTION sen_document_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := sen_fold(concat_ws(' ', NEW.number, sen_customer_search_words(NEW.customer_id)));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE FUNCTION sen_opportunity_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := sen_fold(concat_ws(' ', NEW.code, NEW.name, sen_customer_search_words(NEW.customer_id)));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_opportunity_search BEFORE INSERT OR UPDATE OF code, name, customer_id ON opportunity
      FOR EACH ROW EXECUTE FUNCTION sen_opportunity_search_text()`);
    for (const [table] of DOCUMENTS) {
      await q.query(`
        CREATE TRIGGER tr_${table}_search BEFORE INSERT OR UPDATE OF number, customer_id ON ${table}
        FOR EACH ROW EXECUTE FUNCTION sen_document_search_text()`);
    }
    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_opportunity_audited AFTER INSERT OR UPDATE ON opportunity
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, lines] of [...DOCUMENTS].reverse()) {
      await q.query(`DROP TABLE IF EXISTS ${lines}, ${table} CASCADE`);
    }
    await q.query(`DROP TABLE IF EXISTS opportunity, product CASCADE`);
    await q.query(`DROP FUNCTION IF EXISTS sen_document_search_text, sen_opportunity_search_text, sen_customer_search_words,
        sen_require_audit_or_import_of`);
    await q.query(`DELETE FROM category WHERE kind = 'PRODUCT_GROUP'`);
    await q.query(`ALTER TABLE category DROP CONSTRAINT IF EXISTS category_kind_check`);
    await q.query(`
      ALTER TABLE category ADD CONSTRAINT category_kind_check CHECK (kind IN (
        'SCALE', 'INDUSTRY', 'SOURCE', 'CUSTOMER_GROUP', 'CONTACT_GROUP', 'CONTACT_STATUS'))`);
  }
}
