import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * REM-03's "instalments due in my book" read from the caller's side (issue 15: `reminders` within
 * 100 ms on the 1M base). Each instalment keeps a copy of its contract's owner and of the
 * contract's copy of its customer's owner, so a STAFF user's instalments due this week are two
 * index ranges of their own (336 rows) instead of the week's instalments of everyone (7,629), each
 * read with its contract. The contracts about to expire get (owner, end date) and (customer's
 * owner, end date) indexes for the same reason (11,115 contracts of everyone in 30 days).
 *
 * As for the documents' copy (migration 1768400000001), the application never writes these columns:
 * a BEFORE trigger sets them from the contract on every insert and on any write of `contract_id` or
 * of the copies, and a change of the contract's owner, or of its customer's (a transfer: the
 * customer's cascade rewrites the contract's copy), rewrites them on the contract's instalments.
 */
export class InstalmentOwner1769500000001 implements MigrationInterface {
  name = 'InstalmentOwner1769500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION sen_instalment_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT c.owner_id, c.customer_owner_id INTO NEW.owner_id, NEW.customer_owner_id
          FROM contract c WHERE c.id = NEW.contract_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE FUNCTION sen_contract_owner_cascade() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE contract_instalment SET owner_id = NEW.owner_id, customer_owner_id = NEW.customer_owner_id
         WHERE contract_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(
      `ALTER TABLE contract_instalment ADD COLUMN owner_id uuid, ADD COLUMN customer_owner_id uuid`,
    );
    await q.query(`
      UPDATE contract_instalment i SET owner_id = c.owner_id, customer_owner_id = c.customer_owner_id
        FROM contract c WHERE c.id = i.contract_id`);
    await q.query(`ALTER TABLE contract_instalment ALTER COLUMN owner_id SET NOT NULL,
      ALTER COLUMN customer_owner_id SET NOT NULL`);
    await q.query(`
      CREATE TRIGGER tr_contract_instalment_owner
      BEFORE INSERT OR UPDATE OF contract_id, owner_id, customer_owner_id ON contract_instalment
      FOR EACH ROW EXECUTE FUNCTION sen_instalment_owner()`);
    await q.query(`
      CREATE TRIGGER tr_contract_owner_cascade AFTER UPDATE OF owner_id, customer_owner_id ON contract
      FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id
        OR OLD.customer_owner_id IS DISTINCT FROM NEW.customer_owner_id)
      EXECUTE FUNCTION sen_contract_owner_cascade()`);
    for (const owner of ['owner_id', 'customer_owner_id']) {
      const short = owner === 'owner_id' ? 'owner' : 'cowner';
      await q.query(`CREATE INDEX ix_contract_instalment_${short}_due ON contract_instalment (${owner}, due_date)
        INCLUDE (contract_id) WHERE received < amount`);
      await q.query(`CREATE INDEX ix_contract_${short}_valid_to ON contract (${owner}, valid_to)
        WHERE deleted_at IS NULL AND valid_to IS NOT NULL`);
    }
    await q.query(`CREATE INDEX ix_contract_customer_valid_to ON contract (customer_id, valid_to)
      WHERE deleted_at IS NULL AND valid_to IS NOT NULL`);
    await q.query(`ANALYZE contract_instalment`);
    await q.query(`ANALYZE contract`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'ix_contract_owner_valid_to',
      'ix_contract_cowner_valid_to',
      'ix_contract_customer_valid_to',
    ]) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
    await q.query(`DROP TRIGGER IF EXISTS tr_contract_owner_cascade ON contract`);
    await q.query(`DROP TRIGGER IF EXISTS tr_contract_instalment_owner ON contract_instalment`);
    await q.query(`ALTER TABLE contract_instalment DROP COLUMN owner_id, DROP COLUMN customer_owner_id`);
    await q.query(`DROP FUNCTION sen_contract_owner_cascade`);
    await q.query(`DROP FUNCTION sen_instalment_owner`);
  }
}
