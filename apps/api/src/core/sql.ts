import { AppError, foldVietnamese } from '@sen/shared';

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

/**
 * PostgreSQL's "data exception" class (22xxx: a NUL byte in a text, a value that is not a UUID, a
 * date or a number in range…): always a value the client sent that no check caught earlier, never
 * our own fault. Answered as BAD_USER_INPUT; the transaction it happened in is rolled back.
 */
export function clientDataError(err: unknown): AppError | null {
  for (let current = err, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) {
      return new AppError('BAD_USER_INPUT', { messageKey: 'v.invalid' });
    }
    current =
      (current as { originalError?: unknown; driverError?: unknown }).driverError ??
      (current as { originalError?: unknown }).originalError;
  }
  return null;
}
