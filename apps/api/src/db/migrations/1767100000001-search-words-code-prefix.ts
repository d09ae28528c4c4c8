import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `sen_search_words()` as migration 1765000000014 wrote it, or with the letters that lead a code-like word. */
const searchWords = (leadingLetters: boolean) => `
  CREATE OR REPLACE FUNCTION sen_search_words(folded text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT COST 1000 AS $$
  DECLARE
    lexemes text[] := '{}';
    prev text;
    word text;
    lead text;
  BEGIN
    FOREACH word IN ARRAY regexp_split_to_array(folded, '[\\s!-/:-@\\[-\`{-~]+') LOOP
      IF word = '' OR (word ~ '[0-9]' AND (length(word) > 4 OR word ~ '[^0-9]')) THEN
        ${
          leadingLetters
            ? `lead := left(substring(word from '^[^0-9]+'), 60);
        IF lead IS NOT NULL THEN
          lexemes := lexemes || lead;
          IF prev IS NOT NULL THEN
            lexemes := lexemes || ('~' || prev || ' ' || lead);
          END IF;
        END IF;`
            : ''
        }
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
  END $$`;

/**
 * The word index did not find a word's start when the word goes on with digits: "Tiền-mxbi" found
 * nothing in "Công ty Tiền-mxbix4k2", since "mxbix4k2" (letters and digits) is left to the trigram
 * index and no pair spans it, while the term's shape ("tien", "mxbi": words) sent it to the word
 * index. A code-like word now also gives the word index the letters it starts with ("mxbix"), and
 * the pair they end ("~tien mxbix"); no pair starts from them, so the words after a code still
 * need their own neighbours. The code itself stays with the trigram index.
 */
export class SearchWordsCodePrefix1767100000001 implements MigrationInterface {
  name = 'SearchWordsCodePrefix1767100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(searchWords(true));
    await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await q.query(`REINDEX INDEX ix_customer_words`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(searchWords(false));
    await q.query(`REINDEX INDEX ix_customer_words`);
  }
}
