/**
 * The session itself is an HttpOnly cookie (`sen_session`) that no script can read: an injected
 * script cannot carry it away. What the app keeps here is only a hint that someone signed in on
 * this browser, so a visitor who never did goes straight to the login page without a round trip.
 */
const HINT_KEY = 'sen.signedIn';

export function maybeSignedIn(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

type SignInListener = () => Promise<unknown>;
const signInListeners = new Set<SignInListener>();

/** Runs at each sign-in on this page (e.g. the GraphQL client forgets the previous user's data). */
export function onSignIn(listener: SignInListener): void {
  signInListeners.add(listener);
}

export async function markSignedIn(): Promise<void> {
  try {
    localStorage.setItem(HINT_KEY, '1');
  } catch {
    // Private mode without storage: every visit asks the server instead.
  }
  await Promise.all([...signInListeners].map((listener) => listener()));
}

export function clearSignedIn(): void {
  try {
    localStorage.removeItem(HINT_KEY);
    // The bearer token earlier versions kept in storage: never left behind.
    localStorage.removeItem('sen.token');
  } catch {
    // Nothing stored, nothing to clear.
  }
}
