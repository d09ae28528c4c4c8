import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RECORD_TAIL } from './sql-kit';

const KINDS = `'SCALE', 'INDUSTRY', 'SOURCE', 'CUSTOMER_GROUP', 'CONTACT_GROUP', 'CONTACT_STATUS', 'PRODUCT_GROUP'`;

/** API.md: the admin-editable lists of the care information, as seeded. */
const SEEDS: [kind: string, names: string[]][] = [
  ['CARE_CHANNEL', ['Điện thoại', 'Zalo', 'Email', 'Gặp trực tiếp', 'SMS']],
  ['CARE_SATISFACTION', ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng']],
];

/**
 * CARE-01..06 Thẻ chăm sóc: a card per customer's order (the number typed, the order linked when
 * it exists), owned like a customer (owner, the owner's department's manager, shared-with users),
 * with channel and satisfaction from two category lists, tags, trash, version and audit.
 */
export class CareCards1765400000001 implements MigrationInterface {
  name = 'CareCards1765400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE category DROP CONSTRAINT IF EXISTS category_kind_check`);
    await q.query(`
      ALTER TABLE category ADD CONSTRAINT category_kind_check CHECK (kind IN (
        ${KINDS}, 'CARE_CHANNEL', 'CARE_SATISFACTION'))`);
    for (const [kind, names] of SEEDS) {
      await q.query(
        `WITH c AS (
           INSERT INTO category (kind, name, sort_order)
           SELECT $1, n, o::int FROM unnest($2::text[]) WITH ORDINALITY AS t(n, o)
           RETURNING id, name)
         INSERT INTO audit_log (action, module, record_id, user_id, description, description_en)
         SELECT 'CREATE', 'settings', c.id::text, NULL, 'Thêm danh mục ' || $1 || ': ' || c.name,
                'Added category ' || $1 || ': ' || c.name FROM c`,
        [kind, names],
      );
    }

    await q.query(`
      CREATE TABLE care_card (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        code text NOT NULL,
        customer_id uuid NOT NULL REFERENCES customer (id),
        order_number text NOT NULL,
        order_id uuid REFERENCES sales_order (id) ON DELETE SET NULL,
        owner_id uuid NOT NULL REFERENCES app_user (id),
        unit_id uuid REFERENCES department (id) ON DELETE SET NULL,
        care_date date,
        channel text,
        satisfaction text,
        result text,
        notes text,
        tags text[] NOT NULL DEFAULT '{}',
        import_job_id uuid REFERENCES import_job (id) ON DELETE SET NULL,
        created_by uuid NOT NULL REFERENCES app_user (id),
        ${RECORD_TAIL},
        search_text text NOT NULL DEFAULT ''
      )`);
    await q.query(
      `CREATE UNIQUE INDEX ux_care_card_code ON care_card (lower(code)) WHERE deleted_at IS NULL`,
    );
    // The list by unit and care date, by owner and care date, a customer's cards (side panel).
    await q.query(
      `CREATE INDEX ix_care_card_unit_date ON care_card (unit_id, care_date, id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_care_card_owner_date ON care_card (owner_id, care_date, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_care_card_date ON care_card (care_date, id) WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX ix_care_card_customer ON care_card (customer_id, care_date, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_care_card_order ON care_card (order_id) WHERE order_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX ix_care_card_deleted ON care_card (deleted_at, id) WHERE deleted_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_care_card_search ON care_card USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_care_card_tags ON care_card USING gin (tags)`);
    await q.query(`
      CREATE FUNCTION sen_care_card_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := sen_fold(concat_ws(' ', NEW.code, NEW.order_number,
          sen_customer_search_words(NEW.customer_id)));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_care_card_search BEFORE INSERT OR UPDATE OF code, order_number, customer_id ON care_card
      FOR EACH ROW EXECUTE FUNCTION sen_care_card_search_text()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_care_card_audited AFTER INSERT OR UPDATE ON care_card
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit_or_import_of('care-cards')`);

    await q.query(`
      CREATE TABLE care_card_share (
        care_card_id uuid NOT NULL REFERENCES care_card (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        PRIMARY KEY (care_card_id, user_id)
      )`);
    await q.query(`CREATE INDEX ix_care_card_share_user ON care_card_share (user_id, care_card_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS care_card_share, care_card CASCADE`);
    await q.query(`DROP FUNCTION IF EXISTS sen_care_card_search_text`);
    await q.query(`DELETE FROM category WHERE kind IN ('CARE_CHANNEL', 'CARE_SATISFACTION')`);
    await q.query(`ALTER TABLE category DROP CONSTRAINT IF EXISTS category_kind_check`);
    await q.query(`ALTER TABLE category ADD CONSTRAINT category_kind_check CHECK (kind IN (${KINDS}))`);
  }
}
