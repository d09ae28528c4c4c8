import { AppError } from '@sen/shared';

interface Bucket {
  failures: number;
  firstAt: number;
  lockedUntil: number;
}

export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

/**
 * Locks a key (an e-mail, an address) for a while after repeated failed logins. Kept in memory:
 * a refused login changes nothing in the database, and one server process answers the app.
 */
export class LoginThrottle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: ThrottleOptions) {}

  /** Throws TOO_MANY_REQUESTS at once — a clear error, never a slow answer. */
  assertAllowed(key: string, now = Date.now()): void {
    const b = this.buckets.get(key);
    if (b && b.lockedUntil > now) {
      const retryAfterSeconds = Math.ceil((b.lockedUntil - now) / 1000);
      throw new AppError('TOO_MANY_REQUESTS', { details: { retryAfterSeconds } });
    }
  }

  fail(key: string, now = Date.now()): void {
    let b = this.buckets.get(key);
    if (!b || now - b.firstAt > this.options.windowMs || (b.lockedUntil && b.lockedUntil <= now)) {
      b = { failures: 0, firstAt: now, lockedUntil: 0 };
      this.buckets.set(key, b);
    }
    b.failures += 1;
    if (b.failures >= this.options.maxFailures) {
      b.lockedUntil = now + this.options.lockMs;
    }
    if (this.buckets.size > 50_000) {
      this.prune(now);
    }
  }

  reset(key: string): void {
    this.buckets.delete(key);
  }

  private prune(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.lockedUntil <= now && now - b.firstAt > this.options.windowMs) {
        this.buckets.delete(key);
      }
    }
  }
}
