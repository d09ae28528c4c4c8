import { loadEnv } from '../../config/env';
import { openDatabase } from '../database';

/**
 * The start of a bulk seed: the database, a log whose lines say the seconds since, and a short tag
 * (base 36 of the clock) this run's codes carry so that runs never collide.
 */
export async function openBulkRun() {
  const db = await openDatabase(loadEnv());
  const t0 = Date.now();
  return {
    db,
    ds: db.dataSource,
    log: (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${s}`),
    run: Date.now().toString(36).slice(-4).toUpperCase(),
  };
}
