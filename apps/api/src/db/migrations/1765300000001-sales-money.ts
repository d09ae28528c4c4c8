import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RECORD_TAIL } from './sql-kit';

/**
 * SAL-04..07, second part: the money. Contracts get a payment schedule (instalments), orders and
 * invoices carry what their receipts brought (`received`, whole đồng), invoices their issue and
 * cancel data, and receipts (phiếu thu) with their allocations to invoices, orders or instalments.
 *
 * `received` on a document is written only in the transaction that writes (or trashes) a receipt,
 * with the document's row locked, so it always equals the sum of its live allocations; the CHECKs
 * make an over-payment impossible even for a writer that forgot to look.
 *
 * Reports read these tables directly: `receipt` (date, customer_id, owner_id, amount) and
 * `invoice` (total − received is what a customer still owes on it; CANCELLED and DRAFT count nothing).
 */
export class SalesMoney1765300000001 implements MigrationInterface {
  name = 'SalesMoney1765300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE invoice
        ADD COLUMN received bigint NOT NULL DEFAULT 0,
        ADD COLUMN issued_at timestamptz,
        ADD COLUMN cancel_reason text,
        ADD COLUMN e_invoice_symbol text,
        ADD COLUMN e_invoice_number text,
        ADD CONSTRAINT ck_invoice_received CHECK (received >= 0 AND received <= total)`);
    // Công nợ: what each customer still owes, read per customer (and per owner for a STAFF list).
    await q.query(`
      CREATE INDEX ix_invoice_debt ON invoice (customer_id)
        INCLUDE (owner_id, total, received, due_date, date)
        WHERE deleted_at IS NULL AND status IN ('ISSUED', 'PARTIAL')`);
    await q.query(`CREATE INDEX ix_invoice_contract ON invoice (contract_id) WHERE contract_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_invoice_order ON invoice (order_id) WHERE order_id IS NOT NULL`);

    await q.query(`
      ALTER TABLE sales_order
        ADD COLUMN received bigint NOT NULL DEFAULT 0,
        ADD COLUMN payment_status text NOT NULL DEFAULT 'UNPAID'
          CHECK (payment_status IN ('UNPAID', 'PARTIAL', 'PAID')),
        ADD CONSTRAINT ck_order_received CHECK (received >= 0 AND received <= total)`);
    await q.query(
      `CREATE INDEX ix_sales_order_contract ON sales_order (contract_id) WHERE contract_id IS NOT NULL`,
    );

    // A contract without lines keeps a plain value (SAL-04 "lines or a plain value").
    await q.query(`ALTER TABLE contract ADD COLUMN value bigint CHECK (value >= 0)`);
    await q.query(`
      CREATE TABLE contract_instalment (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        contract_id uuid NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
        position integer NOT NULL,
        due_date date NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        received bigint NOT NULL DEFAULT 0,
        CONSTRAINT ck_instalment_received CHECK (received >= 0 AND received <= amount),
        CONSTRAINT ux_contract_instalment_position UNIQUE (contract_id, position)
      )`);
    // REM-03 payment due: unpaid instalments by due date.
    await q.query(
      `CREATE INDEX ix_contract_instalment_due ON contract_instalment (due_date) WHERE received < amount`,
    );
    await q.query(`CREATE INDEX ix_contract_valid_to ON contract (valid_to) WHERE deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE receipt (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        number text NOT NULL,
        date date NOT NULL,
        customer_id uuid NOT NULL REFERENCES customer (id),
        amount bigint NOT NULL CHECK (amount > 0),
        method text CHECK (method IN ('CASH', 'TRANSFER', 'CASH_OR_TRANSFER')),
        note text,
        owner_id uuid NOT NULL REFERENCES app_user (id),
        created_by uuid NOT NULL REFERENCES app_user (id),
        ${RECORD_TAIL},
        search_text text NOT NULL DEFAULT ''
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_receipt_number ON receipt (number) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_receipt_date ON receipt (date, id) WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX ix_receipt_owner_date ON receipt (owner_id, date, id) INCLUDE (amount) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_receipt_customer_date ON receipt (customer_id, date, id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_receipt_customer_created ON receipt (customer_id, created_at, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_receipt_deleted ON receipt (deleted_at, id) WHERE deleted_at IS NOT NULL`);
    await q.query(`CREATE INDEX ix_receipt_search ON receipt USING gin (search_text gin_trgm_ops)`);
    await q.query(`
      CREATE TRIGGER tr_receipt_search BEFORE INSERT OR UPDATE OF number, customer_id ON receipt
      FOR EACH ROW EXECUTE FUNCTION sen_document_search_text()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_receipt_audited AFTER INSERT OR UPDATE ON receipt
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sen_require_audit()`);

    await q.query(`
      CREATE TABLE receipt_allocation (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        receipt_id uuid NOT NULL REFERENCES receipt (id) ON DELETE CASCADE,
        position integer NOT NULL,
        invoice_id uuid REFERENCES invoice (id) ON DELETE CASCADE,
        order_id uuid REFERENCES sales_order (id) ON DELETE CASCADE,
        instalment_id uuid REFERENCES contract_instalment (id) ON DELETE CASCADE,
        amount bigint NOT NULL CHECK (amount > 0),
        CONSTRAINT ck_allocation_one_target CHECK (num_nonnulls(invoice_id, order_id, instalment_id) = 1)
      )`);
    await q.query(`CREATE INDEX ix_allocation_receipt ON receipt_allocation (receipt_id)`);
    await q.query(
      `CREATE INDEX ix_allocation_invoice ON receipt_allocation (invoice_id) WHERE invoice_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX ix_allocation_order ON receipt_allocation (order_id) WHERE order_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX ix_allocation_instalment ON receipt_allocation (instalment_id) WHERE instalment_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS receipt_allocation, receipt, contract_instalment CASCADE`);
    await q.query(`DROP INDEX IF EXISTS ix_contract_valid_to, ix_sales_order_contract, ix_invoice_order,
      ix_invoice_contract, ix_invoice_debt`);
    await q.query(`ALTER TABLE contract DROP COLUMN IF EXISTS value`);
    await q.query(`ALTER TABLE sales_order DROP CONSTRAINT IF EXISTS ck_order_received,
      DROP COLUMN IF EXISTS payment_status, DROP COLUMN IF EXISTS received`);
    await q.query(`ALTER TABLE invoice DROP CONSTRAINT IF EXISTS ck_invoice_received,
      DROP COLUMN IF EXISTS e_invoice_number, DROP COLUMN IF EXISTS e_invoice_symbol,
      DROP COLUMN IF EXISTS cancel_reason, DROP COLUMN IF EXISTS issued_at, DROP COLUMN IF EXISTS received`);
  }
}
