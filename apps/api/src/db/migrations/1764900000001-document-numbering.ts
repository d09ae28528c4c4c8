import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Numbering of every document kind (API.md `documentNumbering`): a format row and a sequence each. */
const KINDS: [kind: string, prefix: string][] = [
  ['OPPORTUNITY', 'CH'],
  ['QUOTE', 'BG'],
  ['CONTRACT', 'HD'],
  ['ORDER', 'DH'],
  ['INVOICE', 'HDBH'],
  ['RECEIPT', 'PT'],
  ['CARE_CARD', 'TCS'],
];

export class DocumentNumbering1764900000001 implements MigrationInterface {
  name = 'DocumentNumbering1764900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_numbering (
        kind text PRIMARY KEY CHECK (kind IN (${KINDS.map(([k]) => `'${k}'`).join(', ')})),
        prefix text NOT NULL,
        width integer NOT NULL CHECK (width BETWEEN 1 AND 12)
      )`);
    for (const [kind, prefix] of KINDS) {
      await q.query(`INSERT INTO document_numbering (kind, prefix, width) VALUES ($1, $2, 6)`, [
        kind,
        prefix,
      ]);
      // A sequence never hands a number out twice, even when the transaction that drew it rolls back.
      await q.query(`CREATE SEQUENCE document_number_${kind.toLowerCase()}_seq`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [kind] of KINDS) {
      await q.query(`DROP SEQUENCE IF EXISTS document_number_${kind.toLowerCase()}_seq`);
    }
    await q.query(`DROP TABLE IF EXISTS document_numbering`);
  }
}
