import type { DataSource, EntityManager } from 'typeorm';

/** Fewer changed rows than this never call for fresh statistics. */
export const ANALYZE_MIN_ROWS = 1_000;
/** The share of a table a bulk write must change: autovacuum's own default (`analyze_scale_factor`). */
const ANALYZE_SHARE = 0.1;

/**
 * After a bulk write (an import, a bulk action on many records): ANALYZE each table it changed when
 * the change is large for the table (a tenth of its rows, and at least a thousand, or a table never
 * analyzed), so the very next query is planned on the new data instead of waiting for autovacuum
 * (right after a 150,000-row import into a fresh database, a search planned as for a tiny table
 * filtered 144,647 rows away). Returns the tables analyzed.
 */
export async function analyzeAfterBulkWrite(
  db: DataSource | EntityManager,
  tables: readonly string[],
  changedRows: number,
): Promise<string[]> {
  if (changedRows < ANALYZE_MIN_ROWS) {
    return [];
  }
  const analyzed: string[] = [];
  for (const table of tables) {
    const [row]: { tuples: number; name: string }[] = await db.query(
      `SELECT c.reltuples AS tuples, quote_ident(c.relname) AS name FROM pg_class c
        WHERE c.oid = to_regclass($1)`,
      [table],
    );
    if (row && (row.tuples < 0 || changedRows >= ANALYZE_SHARE * row.tuples)) {
      // The name comes from pg_class, quoted; it was a constant of the caller to start with.
      await db.query(`ANALYZE ${row.name}`);
      analyzed.push(table);
    }
  }
  return analyzed;
}

/**
 * After a committed bulk action (trash, restore, transfer, groups, campaign members): the same
 * ANALYZE, whose failure never turns the user's committed change into an error.
 */
export async function analyzeAfterBulkAction(
  db: DataSource,
  tables: readonly string[],
  changedRows: number,
): Promise<void> {
  try {
    await analyzeAfterBulkWrite(db, tables, changedRows);
  } catch (err) {
    console.warn(`ANALYZE after a bulk action failed (${tables.join(', ')}):`, err);
  }
}
