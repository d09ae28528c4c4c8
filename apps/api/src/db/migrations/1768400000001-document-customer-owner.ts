import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sales documents a caller sees through their customer (SALES-DESIGN.md "Access"). */
export const CUSTOMER_DOCUMENTS = [
  'opportunity',
  'quote',
  'contract',
  'sales_order',
  'invoice',
  'receipt',
] as const;

/**
 * Each sales document keeps a copy of its customer's owner (`customer_owner_id`), so "documents of
 * the customers I own, or my department owns" is index equality on the document instead of a
 * lookup of the customer for each of 200,000 rows (the pipeline board for a STAFF user counted
 * 10,000 cards through 50,000 customers; with the copy the three ways in are one bitmap).
 *
 * The copy is never written by the application: a BEFORE trigger sets it from the customer on every
 * insert and on any write of `customer_id` or of the copy itself (so nothing can put another value
 * there), and a customer's change of owner (a transfer, an import update) rewrites it on that
 * customer's documents, live and trashed. That rewrite is not a change of the document: the audit
 * check (AUD-01) skips an update that changes the copy and nothing else.
 */
export class DocumentCustomerOwner1768400000001 implements MigrationInterface {
  name = 'DocumentCustomerOwner1768400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION sen_document_customer_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.customer_owner_id := (SELECT c.owner_id FROM customer c WHERE c.id = NEW.customer_id);
        RETURN NEW;
      END $$`);
    // Live and trashed documents apart: each reads its own partial index.
    const cascade = CUSTOMER_DOCUMENTS.flatMap((t) =>
      ['deleted_at IS NULL', 'deleted_at IS NOT NULL'].map(
        (state) =>
          `UPDATE ${t} SET customer_owner_id = NEW.owner_id WHERE customer_id = NEW.id AND ${state};`,
      ),
    ).join('\n        ');
    await q.query(`
      CREATE FUNCTION sen_customer_owner_cascade() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${cascade}
        RETURN NULL;
      END $$`);
    for (const t of CUSTOMER_DOCUMENTS) {
      await q.query(`ALTER TABLE ${t} ADD COLUMN customer_owner_id uuid`);
      // The audit check skips the copy first: otherwise the fill below queues a deferred check per
      // row, and the ALTER TABLE after it fails on a filled database ("pending trigger events").
      await this.auditSkipsOwnerCopy(q, t);
      await q.query(
        `UPDATE ${t} d SET customer_owner_id = c.owner_id FROM customer c WHERE c.id = d.customer_id`,
      );
      await q.query(`ALTER TABLE ${t} ALTER COLUMN customer_owner_id SET NOT NULL`);
      await q.query(`
        CREATE TRIGGER tr_${t}_customer_owner BEFORE INSERT OR UPDATE OF customer_id, customer_owner_id ON ${t}
        FOR EACH ROW EXECUTE FUNCTION sen_document_customer_owner()`);
      // The transfer's rewrite reads every document of the customer, trashed ones included; the
      // customer indexes that exist are partial (live documents).
      await q.query(`CREATE INDEX ix_${t}_customer_any ON ${t} (customer_id) WHERE deleted_at IS NOT NULL`);
    }
    await q.query(`
      CREATE TRIGGER tr_customer_owner_cascade AFTER UPDATE OF owner_id ON customer
      FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id)
      EXECUTE FUNCTION sen_customer_owner_cascade()`);

    // The owner-side indexes again, on the customer's owner.
    await q.query(`CREATE INDEX ix_opportunity_cowner_stage ON opportunity (customer_owner_id, stage)
      INCLUDE (expected_value) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_opportunity_cowner_created ON opportunity (customer_owner_id, created_at, id)
      WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX ix_quote_cowner_date ON quote (customer_owner_id, date, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_contract_cowner_date ON contract (customer_owner_id, signed_on, id)
      WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_sales_order_cowner_date ON sales_order (customer_owner_id, date, id)
      WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX ix_invoice_cowner_date ON invoice (customer_owner_id, date, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_receipt_cowner_date ON receipt (customer_owner_id, date, id) INCLUDE (amount)
      WHERE deleted_at IS NULL`);
    for (const t of CUSTOMER_DOCUMENTS) {
      await q.query(`ANALYZE ${t}`);
    }
  }

  /**
   * The document's AUD-01 check, split so that the update that only rewrites the owner copy (a
   * transfer of the customer) is not asked for an audit entry of the document; every other insert
   * and update is checked as before, with the same function and arguments.
   */
  private async auditSkipsOwnerCopy(q: QueryRunner, t: string): Promise<void> {
    const [trigger]: { def: string }[] = await q.query(
      `SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgrelid = $1::regclass AND tgname = $2`,
      [t, `tr_${t}_audited`],
    );
    const call = /EXECUTE FUNCTION (.+)$/.exec(trigger.def)?.[1];
    if (!call) {
      throw new Error(`no audit trigger on ${t}`);
    }
    await q.query(`DROP TRIGGER tr_${t}_audited ON ${t}`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_${t}_audited AFTER INSERT ON ${t}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${call}`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_${t}_audited_update AFTER UPDATE ON ${t}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
      WHEN (OLD.customer_owner_id IS NOT DISTINCT FROM NEW.customer_owner_id OR OLD.customer_id IS DISTINCT FROM NEW.customer_id)
      EXECUTE FUNCTION ${call}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS tr_customer_owner_cascade ON customer`);
    for (const t of CUSTOMER_DOCUMENTS) {
      const [trigger]: { def: string }[] = await q.query(
        `SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgrelid = $1::regclass AND tgname = $2`,
        [t, `tr_${t}_audited`],
      );
      const call = /EXECUTE FUNCTION (.+)$/.exec(trigger.def)?.[1];
      await q.query(`DROP TRIGGER tr_${t}_audited_update ON ${t}`);
      await q.query(`DROP TRIGGER tr_${t}_audited ON ${t}`);
      await q.query(`
        CREATE CONSTRAINT TRIGGER tr_${t}_audited AFTER INSERT OR UPDATE ON ${t}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${call}`);
      await q.query(`DROP TRIGGER tr_${t}_customer_owner ON ${t}`);
      await q.query(`ALTER TABLE ${t} DROP COLUMN customer_owner_id`);
      await q.query(`DROP INDEX IF EXISTS ix_${t}_customer_any`);
    }
    await q.query(`DROP FUNCTION sen_customer_owner_cascade`);
    await q.query(`DROP FUNCTION sen_document_customer_owner`);
  }
}
