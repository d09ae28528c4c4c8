import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18, the care card import at ≥ 10,000 rows/s: an import batch writes its cards' search text
 * itself, set-based in its INSERT (the same formula, the customer joined once for the batch), so
 * the per-row trigger no longer runs a customer look-up for each of its rows. The trigger still
 * writes the text of every other insert (form, clone, generated card), of an import row that
 * leaves it empty, and of every update of the code, the order number or the customer.
 */
export class CareCardImportSearch1768500000001 implements MigrationInterface {
  name = 'CareCardImportSearch1768500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS tr_care_card_search ON care_card`);
    await q.query(`
      CREATE TRIGGER tr_care_card_search BEFORE INSERT ON care_card
      FOR EACH ROW WHEN (NEW.import_job_id IS NULL OR NEW.search_text = '')
      EXECUTE FUNCTION sen_care_card_search_text()`);
    await q.query(`
      CREATE TRIGGER tr_care_card_search_update BEFORE UPDATE OF code, order_number, customer_id ON care_card
      FOR EACH ROW EXECUTE FUNCTION sen_care_card_search_text()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS tr_care_card_search_update ON care_card`);
    await q.query(`DROP TRIGGER IF EXISTS tr_care_card_search ON care_card`);
    await q.query(`
      CREATE TRIGGER tr_care_card_search BEFORE INSERT OR UPDATE OF code, order_number, customer_id ON care_card
      FOR EACH ROW EXECUTE FUNCTION sen_care_card_search_text()`);
  }
}
