/** zxcvbn's score (0–4) a new password needs: 3 is "safely unguessable" (≥ 10⁸ guesses). */
export const MIN_PASSWORD_SCORE = 3;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordScore = 0 | 1 | 2 | 3 | 4;
/** Scores a password (already in its visible form) from 0 (trivially guessed) to 4. */
export type PasswordEstimator = (visiblePassword: string) => PasswordScore;

// Characters that show nothing: format characters (zero-width spaces and joiners, bidi marks…),
// controls, and the fillers that render as blank glyphs.
const INVISIBLE = /[\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]/gu;

let estimator: PasswordEstimator | null = null;
let loading: Promise<PasswordEstimator> | null = null;

/**
 * Loads @zxcvbn-ts with its common-password list (213 KB compressed, a few hundred milliseconds to
 * rank) and makes it the estimator. A dynamic import: the browser fetches it only on a screen that
 * sets a password, never on the login page; the server awaits it before it serves a request.
 */
export function loadPasswordEstimator(): Promise<PasswordEstimator> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => {
      const factory = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary },
        graphs: common.adjacencyGraphs,
        maxLength: PASSWORD_MAX_LENGTH,
      });
      estimator = (password) => factory.check(password).score;
      return estimator;
    },
  );
  return loading;
}

/** True once the estimator is loaded: until then only length and blankness are checked here. */
export function passwordEstimatorReady(): boolean {
  return estimator !== null;
}

/** The password as the estimator sees it: NFKC, invisible characters gone, blank runs as one space. */
function visibleForm(password: string): string {
  return password.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ');
}

/**
 * The strength of a password, 0 (trivially guessed) to 4, by @zxcvbn-ts with its common-password
 * list; null while the estimator is not loaded. Blank and invisible-only passwords score 0.
 */
export function passwordScore(password: string): PasswordScore | null {
  const visible = visibleForm(password);
  if (visible.trim() === '') {
    return 0;
  }
  return estimator ? estimator(visible) : null;
}

/**
 * Why a new password is refused (a message key), or null when it is acceptable. Before the
 * estimator is loaded (a browser still fetching it) a guessable password is not caught here; the
 * server, which loads it before serving, refuses it.
 */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return 'v.passwordLength';
  }
  if (visibleForm(password).trim() === '') {
    return 'v.passwordBlank';
  }
  const score = passwordScore(password);
  return score !== null && score < MIN_PASSWORD_SCORE ? 'v.passwordWeak' : null;
}
