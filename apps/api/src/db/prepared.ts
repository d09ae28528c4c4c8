import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Distinct statements one process prepares; past it, new texts run unnamed (parsed each time). */
const MAX_PREPARED = 500;
const names = new Map<string, string>();
/**
 * Databases whose connections all share one session (the embedded one): a statement prepared
 * through a connection the pool has since closed still exists there, and a new connection would
 * prepare it again and fail. They run every read unnamed.
 */
const oneSession = new WeakSet<DataSource>();

export function withoutPreparedStatements(ds: DataSource): void {
  oneSession.add(ds);
}

function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_PREPARED) {
    name = `sen_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a hot read as a named prepared statement on the pool: each connection parses it once, and
 * PostgreSQL may keep a generic plan instead of planning it again on every request. Only for reads
 * outside a transaction (a builder bound to a transaction's query runner runs as usual).
 */
export async function preparedRows(
  ds: DataSource,
  text: string,
  values: readonly unknown[],
): Promise<Record<string, unknown>[]> {
  const pool = (ds.driver as unknown as { master?: Pool }).master;
  const name = oneSession.has(ds) ? undefined : statementName(text);
  if (!pool || !name) {
    return ds.query(text, values as unknown[]);
  }
  // Logged like TypeORM's own queries when SEN_LOG_QUERIES is on.
  ds.logger.logQuery(text, values as unknown[]);
  const result = await pool.query({ name, text, values: values as unknown[] });
  return result.rows as Record<string, unknown>[];
}

/** {@link preparedRows} for a text with named parameters (`:name`, as a query builder writes them). */
export function preparedNamed(
  ds: DataSource,
  text: string,
  params: ObjectLiteral,
): Promise<Record<string, unknown>[]> {
  const [sql, values] = ds.driver.escapeQueryWithParameters(text, params);
  return preparedRows(ds, sql, values);
}

/** A query builder's raw rows through {@link preparedRows} when it is not inside a transaction. */
export function preparedRawMany<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
): Promise<Record<string, unknown>[]> {
  // A builder made from a transaction's manager carries that transaction's runner.
  const runner = (qb as unknown as { queryRunner?: { isTransactionActive: boolean } }).queryRunner;
  if (runner) {
    return qb.getRawMany();
  }
  const [text, values] = qb.getQueryAndParameters();
  return preparedRows(qb.connection, text, values);
}

interface Shaped {
  sql: string;
  /** The named parameter behind each `$n`, in order. */
  names: string[];
}
const shaped = new Map<string, Shaped>();

/**
 * {@link preparedNamed} for a statement whose text depends only on `shape` (what varies between
 * callers, such as the role a scope is written for, goes in it; the rest are parameters): the
 * builders that write it run once per shape instead of on every request, and later calls only
 * bind `params`. The first build checks that `params` carries every value its text names, as the
 * builders had it, so a shape key that misses what the text depends on fails at once.
 */
export function preparedShaped(
  ds: DataSource,
  shape: string,
  build: () => { text: string; params: ObjectLiteral },
  params: ObjectLiteral,
): Promise<Record<string, unknown>[]> {
  let known = shaped.get(shape);
  if (!known) {
    const built = build();
    if (Object.values(built.params).some((value) => Array.isArray(value))) {
      throw new Error(`preparedShaped(${shape}): a list parameter changes the text with its length`);
    }
    const marks = Object.fromEntries(Object.keys(built.params).map((name) => [name, { name }]));
    const [sql, order] = ds.driver.escapeQueryWithParameters(built.text, marks);
    const names = (order as { name?: string }[]).map((m) => m?.name ?? '');
    for (const name of names) {
      const value = built.params[name] as unknown;
      if (!name || Array.isArray(value) || value !== params[name]) {
        throw new Error(`preparedShaped(${shape}): parameter "${name}" is not what the text was built with`);
      }
    }
    known = { sql, names };
    shaped.set(shape, known);
  }
  return preparedRows(
    ds,
    known.sql,
    known.names.map((name) => params[name] as unknown),
  );
}
