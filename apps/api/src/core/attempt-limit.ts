import { AppError } from '@sen/shared';
import type { DataSource } from 'typeorm';

export interface AttemptLimitOptions {
  /** Attempts allowed per window; the one that reaches it starts the lock. */
  max: number;
  windowMs: number;
  lockMs: number;
}

/**
 * Counts attempts per key (an e-mail, an address) in PostgreSQL, shared by every server process on
 * the database. `take` counts the attempt in one atomic statement BEFORE the guarded work runs, so
 * however many requests race, at most `max` of them get through per window: the rest are refused
 * at once with TOO_MANY_REQUESTS and `retryAfterSeconds`.
 */
export class AttemptLimit {
  private takes = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly scope: string,
    private readonly options: AttemptLimitOptions,
  ) {}

  async take(key: string): Promise<void> {
    const { max, windowMs, lockMs } = this.options;
    // A window that ran out, or a lock that ended, starts over at 1.
    const stale = `(a.locked_until IS NOT NULL AND a.locked_until <= now())
        OR (a.locked_until IS NULL AND a.window_start <= now() - $4 * interval '1 millisecond')`;
    const [row]: { attempts: number; retry: number | null }[] = await this.ds.query(
      `INSERT INTO attempt_limit AS a (scope, key, attempts, window_start, locked_until)
       VALUES ($1, $2, 1, now(), CASE WHEN 1 >= $3 THEN now() + $5 * interval '1 millisecond' END)
       ON CONFLICT (scope, key) DO UPDATE SET
         attempts = CASE WHEN ${stale} THEN 1 ELSE a.attempts + 1 END,
         window_start = CASE WHEN ${stale} THEN now() ELSE a.window_start END,
         locked_until = CASE
           WHEN ${stale} THEN CASE WHEN 1 >= $3 THEN now() + $5 * interval '1 millisecond' END
           WHEN a.locked_until IS NULL AND a.attempts + 1 >= $3 THEN now() + $5 * interval '1 millisecond'
           ELSE a.locked_until END
       RETURNING a.attempts, extract(epoch FROM a.locked_until - now())::float8 AS retry`,
      [this.scope, key, max, windowMs, lockMs],
    );
    if (++this.takes % 1000 === 0) {
      void this.prune();
    }
    if (row.attempts > max) {
      const retryAfterSeconds = Math.max(1, Math.ceil(row.retry ?? lockMs / 1000));
      throw new AppError('TOO_MANY_REQUESTS', { details: { retryAfterSeconds } });
    }
  }

  /** Forgets the key's attempts (a successful login for its e-mail). */
  async reset(key: string): Promise<void> {
    await this.ds.query('DELETE FROM attempt_limit WHERE scope = $1 AND key = $2', [this.scope, key]);
  }

  /**
   * Gives one attempt back (a successful login from an address): an office behind one address
   * is never locked out by its own good logins, only by failures.
   */
  async giveBack(key: string): Promise<void> {
    await this.ds.query(
      `UPDATE attempt_limit SET attempts = greatest(attempts - 1, 0),
              locked_until = CASE WHEN attempts - 1 < $3 THEN NULL ELSE locked_until END
        WHERE scope = $1 AND key = $2`,
      [this.scope, key, this.options.max],
    );
  }

  private async prune(): Promise<void> {
    try {
      await this.ds.query(
        `DELETE FROM attempt_limit WHERE scope = $1 AND (locked_until IS NULL OR locked_until < now())
            AND window_start < now() - $2 * interval '1 millisecond'`,
        [this.scope, this.options.windowMs + this.options.lockMs],
      );
    } catch (err) {
      console.error('[attempt-limit] prune failed:', err);
    }
  }
}
