import { foldVietnamese } from '@sen/shared';
import { escapeLike } from '../core/sql';

/**
 * How a search term is matched against a record's folded `search_text`, by its shape:
 *
 * - **words** (words without digits, and numbers of up to 4 digits beside them: "tran thi",
 *   "van du", "Bến Nghé, Quận 1"):
 *   through the word index (`sen_search_words`, migration 1765000000014; a customer's words are
 *   stored in `search_words`, migration 1769500000003). The words must follow
 *   each other in the text, the last one as a prefix, the first ones whole: "van du" finds
 *   "Văn Đức". A word is found from its start, not from its middle ("guyen" does not find
 *   "Nguyễn"). A word that goes on with digits ("Tiền-mxbix4k2") is found from the letters it
 *   starts with ("tien-mxbi"; migration 1767100000001).
 * - **substring** (a word with digits and letters, a longer number, only numbers, or an `@`: codes,
 *   phones, tax codes, e-mails, a phone's last digits): `LIKE '%…%'` through the trigram index.
 */
export type SearchShape =
  { kind: 'words'; tsquery: string; words: string[] } | { kind: 'substring'; like: string };

/** The separators of `sen_search_words()`: ASCII white space and punctuation, whatever the locale. */
const SEPARATORS = /[\t\n\v\f\r !-/:-@[-`{-~]+/;
/** An indexed word (as in `sen_search_words()`): no digit, or a number of up to 4 digits. */
const INDEXED = /^(?:[^0-9]+|[0-9]{1,4})$/;
const DIGIT = /[0-9]/;
/** As in `sen_search_words()`. */
const MAX_WORD = 60;

export function searchShape(term: string): SearchShape {
  const folded = foldVietnamese(term);
  const words = folded.split(SEPARATORS).filter((w) => w.length > 0);
  if (
    words.length > 0 &&
    !folded.includes('@') &&
    words.every((w) => INDEXED.test(w)) &&
    words.some((w) => !DIGIT.test(w))
  ) {
    const cut = words.map((w) => w.slice(0, MAX_WORD));
    return { kind: 'words', tsquery: wordQuery(cut), words: cut };
  }
  return { kind: 'substring', like: `%${escapeLike(folded)}%` };
}

/**
 * One word: itself as a prefix. More: each pair of neighbours, as indexed (`~a b`), the last pair
 * with the last word as a prefix. No word holds a quote or a backslash (they are separators), so
 * quoting them is safe.
 */
function wordQuery(words: string[]): string {
  if (words.length === 1) {
    return `'${words[0]}':*`;
  }
  const pairs: string[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    pairs.push(`'~${words[i]} ${words[i + 1]}'${i === words.length - 2 ? ':*' : ''}`);
  }
  return pairs.join(' & ');
}

/** At most this many words get a `strpos` pre-check each (the index checks them all). */
const MAX_PRECHECKED = 6;

/** The distinct words pre-checked, longest first (a stable sort: the first of equal length first). */
function precheckedWords(words: string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, MAX_PRECHECKED);
}

/**
 * The SQL condition that the customer `alias` matches the term (its `search_text`, or its stored
 * `search_words` for a word search), or that the folded `text` expression does (its words then
 * computed), its parameters named after `param`: the word index or the trigram index, by the
 * term's shape.
 *
 * A word search also checks, first and cheaply, that each word is in the text (`strpos`, which no
 * index serves). When PostgreSQL walks the list's sort index instead of the word index (a common
 * word: the first page is found after a few hundred rows), this spares reading or computing each
 * walked row's words (computing them costs tens of µs). `precheck: false` leaves the pre-check out:
 * - for a statement written for the planner's estimate: PostgreSQL guesses the pre-check keeps a
 *   third of the rows, and an estimate to show a user must be the word index's own;
 * - for a condition tested only on rows that already matched (CUS-07's public fields): there the
 *   words are nearly always present, and each pre-check of a computed `text` computes it again
 *   (the STAFF lookup's statement, 4.1 → 3.4 ms on the 1M base).
 */
export function searchCondition(
  alias: string,
  term: string,
  param: string,
  { precheck = true, text }: { precheck?: boolean; text?: string } = {},
): { sql: string; params: Record<string, string> } {
  const source = text ?? `${alias}.search_text`;
  const words = text === undefined ? `${alias}.search_words` : `sen_search_words(${text})`;
  const shape = searchShape(term);
  if (shape.kind === 'substring') {
    return { sql: `${source} LIKE :${param}`, params: { [param]: shape.like } };
  }
  const params: Record<string, string> = { [param]: shape.tsquery };
  const conditions: string[] = [];
  if (precheck) {
    // The longest words first (PostgreSQL tests equally cheap conditions in the order written): a
    // long word is the rarer one, so most rows are set aside by the first test. "Bến Nghé, Quận 1"
    // tested "1" first, which nearly every address holds.
    precheckedWords(shape.words).forEach((word, i) => {
      params[`${param}W${i}`] = word;
      conditions.push(`strpos(${source}, :${param}W${i}) > 0`);
    });
  }
  conditions.push(`${words} @@ :${param}::tsquery`);
  return { sql: `(${conditions.join(' AND ')})`, params };
}
