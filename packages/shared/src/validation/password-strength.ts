import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** zxcvbn's score (0–4) a new password needs: 3 is "safely unguessable" (≥ 10⁸ guesses). */
export const MIN_PASSWORD_SCORE = 3;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

// Characters that show nothing: format characters (zero-width spaces and joiners, bidi marks…),
// controls, and the fillers that render as blank glyphs.
const INVISIBLE = /[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]/gu;

let estimator: ZxcvbnFactory | null = null;

/** Built on first use: ranking the common-password list takes a few hundred milliseconds. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...dictionary },
    graphs: adjacencyGraphs,
    maxLength: PASSWORD_MAX_LENGTH,
  });
  return estimator;
}

/** The password as the estimator sees it: NFKC, invisible characters gone, blank runs as one space. */
function visibleForm(password: string): string {
  return password.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ');
}

/**
 * The strength of a password, 0 (trivially guessed) to 4, by @zxcvbn-ts with its common-password
 * list. Blank and invisible-only passwords score 0.
 */
export function passwordScore(password: string): 0 | 1 | 2 | 3 | 4 {
  const visible = visibleForm(password);
  if (visible.trim() === '') {
    return 0;
  }
  return zxcvbn().check(visible).score;
}

/** Why a new password is refused (a message key), or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return 'v.passwordLength';
  }
  if (visibleForm(password).trim() === '') {
    return 'v.passwordBlank';
  }
  return passwordScore(password) < MIN_PASSWORD_SCORE ? 'v.passwordWeak' : null;
}
