import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A word index beside the trigram one (X-02, `pnpm bench:customers`). The trigram index finds any
 * substring (codes, phones, e-mails), but a name like "tran thi" is made of trigrams that half the
 * customers share, so it reads ~25k heap pages to keep 5k rows. This index holds each word of the
 * folded search text and each pair of neighbouring words (`~tran thi`), so "tran thi" is one
 * posting list and "van du" (prefix of the last word) finds "Văn Đức". `searchShape()` in
 * `db/search.ts` builds the matching query and picks which index a search uses.
 *
 * Words are split on white space and ASCII punctuation only (whatever the database's locale) and
 * cut to 60 characters. A word is indexed when it has no digit, or is a number of up to 4 digits (a
 * house number, "Quận 1"); codes, phones, tax codes and e-mail parts with digits are left to the
 * trigram index (they would make one entry per customer), and no pair spans them. Pairs start with
 * `~`, which no word contains, so a one-word prefix query never matches a pair.
 */
export class CustomerWordSearch1765000000014 implements MigrationInterface {
  name = 'CustomerWordSearch1765000000014';

  async up(q: QueryRunner): Promise<void> {
    // plpgsql: a few tens of µs a row, where the same in one SQL statement costs 50 times that.
    // COST: the planner must not prefer evaluating it on every row of a scan over the index.
    await q.query(`
      CREATE FUNCTION sen_search_words(folded text) RETURNS tsvector
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT COST 1000 AS $$
      DECLARE
        lexemes text[] := '{}';
        prev text;
        word text;
      BEGIN
        FOREACH word IN ARRAY regexp_split_to_array(folded, '[\\s!-/:-@\\[-\`{-~]+') LOOP
          IF word = '' OR (word ~ '[0-9]' AND (length(word) > 4 OR word ~ '[^0-9]')) THEN
            prev := NULL;
          ELSE
            IF length(word) > 60 THEN
              word := left(word, 60);
            END IF;
            lexemes := lexemes || word;
            IF prev IS NOT NULL THEN
              lexemes := lexemes || ('~' || prev || ' ' || word);
            END IF;
            prev := word;
          END IF;
        END LOOP;
        RETURN array_to_tsvector(lexemes);
      END $$`);
    // Building a GIN index in a few large runs instead of many small ones.
    await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await q.query(`CREATE INDEX ix_customer_words ON customer USING gin (sen_search_words(search_text))`);
    await q.query(`ANALYZE customer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_customer_words`);
    await q.query(`DROP FUNCTION IF EXISTS sen_search_words(text)`);
  }
}
