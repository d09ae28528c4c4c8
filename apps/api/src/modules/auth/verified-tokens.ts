import { LRUCache } from 'lru-cache';

interface Verified {
  userId: string;
  sessionId: string;
  expiresAt: number;
  /** The session's row (its user and department) as the last request that presented the token read it. */
  seen?: Seen;
}

/** A session's row, and the same as JSON: what a later reading of the row is compared with. */
export interface Seen {
  row: Record<string, unknown>;
  fingerprint: string;
  /** The session watch's epoch when the row was read (null: not watched), and the time, in ms. */
  epoch: number | null;
  at: number;
}

/**
 * Session tokens whose signature was already checked, with their subject and expiry: at most `max`,
 * the least recently used out first. WebCrypto's HMAC check costs about a millisecond per request,
 * which is most of the fixed cost of a small query. Expiry is still checked on every use.
 */
export class VerifiedTokens {
  private readonly entries: LRUCache<string, Verified>;

  constructor(max = 10_000) {
    this.entries = new LRUCache({ max });
  }

  get(token: string): Verified | undefined {
    return this.entries.get(token);
  }

  remember(token: string, userId: string, sessionId: string, expiresAt: number): void {
    this.entries.set(token, { userId, sessionId, expiresAt });
  }

  /** Keeps the row a request just read through the token's session (see `AuthService.assumed`), or forgets it. */
  saw(token: string, seen: Seen | undefined): void {
    const known = this.entries.get(token);
    if (known) {
      known.seen = seen;
    }
  }

  forget(token: string): void {
    this.entries.delete(token);
  }
}
