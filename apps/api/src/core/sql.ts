import { foldVietnamese } from '@sen/shared';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** `%`, `_` and `\` match themselves in a LIKE pattern. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The LIKE pattern of a diacritic- and case-insensitive "contains", against `sen_fold(…)`. */
export const containsFolded = (s: string) => `%${escapeLike(foldVietnamese(s))}%`;

/** A plain "contains" pattern (codes, e-mails, tax codes: stored normalised already). */
export const containsText = (s: string) => `%${escapeLike(s.trim())}%`;

/** The id that matches nothing: stands in for a list of ids none of which is a UUID. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Ids that are not UUIDs cannot match anything; dropping them keeps PostgreSQL from erroring. */
export function validIds(list: readonly string[]): string[] {
  const valid = list.filter((x) => UUID.test(x));
  return valid.length > 0 ? valid : [NO_ID];
}
