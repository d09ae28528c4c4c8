import { LRUCache } from 'lru-cache';
import type { AuthUser } from '../core/caller';

/** How long a list's count is reused: a busy screen asks the same count many times a second. */
export const COUNT_TTL_MS = 5_000;
/** Entries kept at most (the oldest go first): memory stays flat whatever the filters. */
const MAX_ENTRIES = 2_000;

/**
 * Short-lived list counts per (caller's scope, filter), shared by concurrent requests: the second
 * of fifty identical counts waits for the first instead of counting again.
 *
 * Honest by construction: the key holds the caller's scope (every ADMIN sees the same customers;
 * anyone else is keyed by their own id and department, so a count never covers rows its reader
 * cannot see), and every write this server answers forgets all counts (`invalidate`, after the
 * write's transaction committed), so a user's next screen after their own change counts anew.
 * A write this process does not answer (another server instance, an import's later batches,
 * SQL by hand) shows within `COUNT_TTL_MS`.
 */
export class CountCache {
  // lru-cache: the oldest entries out past MAX_ENTRIES, each kept `ttlMs` from when it was set.
  private readonly entries: LRUCache<string, Promise<unknown>>;

  constructor(ttlMs = COUNT_TTL_MS) {
    this.entries = new LRUCache({ max: MAX_ENTRIES, ttl: ttlMs });
  }

  /** The count under `key` for `caller`, computed by `compute` when not cached (or expired). */
  get<T>(caller: AuthUser, key: string, compute: () => Promise<T>): Promise<T> {
    const full = `${scopeKey(caller)}|${key}`;
    const hit = this.entries.get(full);
    if (hit) {
      return hit as Promise<T>;
    }
    const value = compute();
    this.entries.set(full, value);
    // A failed count is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.peek(full) === value) {
        this.entries.delete(full);
      }
    });
    return value;
  }

  /** Forgets every count: after any write (a count being computed is forgotten too). */
  invalidate(): void {
    this.entries.clear();
  }
}

/** Who sees the same records: all ADMINs alike; anyone else by their id, role and department. */
function scopeKey(caller: AuthUser): string {
  return caller.role === 'ADMIN' ? 'ADMIN' : `${caller.role}:${caller.id}:${caller.departmentId ?? ''}`;
}

/** A filter as a key: its set fields in name order (unset and empty ones left out). */
export function filterKey(filter: object): string {
  const set = Object.entries(filter)
    .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(set);
}
