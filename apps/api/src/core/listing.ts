import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { paginate, type PageArgs, type SortDirection } from '../graphql/connection';
import type { AuthUser } from './caller';
import { scopeOwned, type Ownership, type ScopeShape } from './scope';
import { containsFolded, validIds } from './sql';

/** The part of a list's filter every owned record has. */
export interface ListFilter {
  search?: string | null;
  /** true: the trash (what the caller may restore). */
  deleted?: boolean | null;
}

/**
 * The records a list starts from, as a query over `alias`: the live ones (or, with `deleted`, the
 * trash) that the caller may see through the record's ownership, matching `search` on the row's
 * folded `search_text` unless `search` is given as SQL of its own (with `:search`).
 */
export function scopedList<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  alias: string,
  caller: AuthUser,
  ownership: Ownership,
  filter: ListFilter,
  options: { search?: string; shape?: ScopeShape } = {},
): SelectQueryBuilder<T> {
  const qb = ds.getRepository(target).createQueryBuilder(alias);
  qb.where(filter.deleted ? `${alias}.deleted_at IS NOT NULL` : `${alias}.deleted_at IS NULL`);
  scopeOwned(qb, alias, caller, ownership, filter.deleted ? 'manage' : 'view', options.shape);
  if (filter.search?.trim()) {
    qb.andWhere(options.search ?? `${alias}.search_text LIKE :search`, {
      search: containsFolded(filter.search.trim()),
    });
  }
  return qb;
}

/** `column = :id` for each id the filter names (an id that is not a UUID matches nothing). */
export function whereIds<T extends ObjectLiteral, K extends string>(
  qb: SelectQueryBuilder<T>,
  filter: Partial<Record<NoInfer<K>, unknown>>,
  columns: Record<K, string>,
): SelectQueryBuilder<T> {
  for (const [key, column] of Object.entries(columns) as [K, string][]) {
    const value = filter[key];
    if (typeof value === 'string' && value) {
      qb.andWhere(`${column} = :f_${key}`, { [`f_${key}`]: validIds([value])[0] });
    }
  }
  return qb;
}

/** `column IN (…)` for the ids a filter lists (an owner, a group): non-UUIDs match nothing. */
export function whereIdIn<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  ids: readonly string[] | null | undefined,
): SelectQueryBuilder<T> {
  if (ids?.length) {
    const param = `in_${column.replace(/\W/g, '_')}`;
    qb.andWhere(`${column} IN (:...${param})`, { [param]: validIds(ids) });
  }
  return qb;
}

/** `column` from (inclusive) and to (inclusive) a day, each when given. */
export function whereBetween<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  from: string | null | undefined,
  to: string | null | undefined,
): SelectQueryBuilder<T> {
  const param = column.replace(/\W/g, '_');
  if (from) {
    qb.andWhere(`${column} >= :${param}_from`, { [`${param}_from`]: from });
  }
  if (to) {
    qb.andWhere(`${column} <= :${param}_to`, { [`${param}_to`]: to });
  }
  return qb;
}

export interface ListOrder<F extends string> {
  field: F;
  direction: SortDirection;
}

/**
 * The SQL each sort key of a list orders by (never input): a key sorts by its own column of
 * `alias` (`CREATED_AT` → `k.created_at`) unless `special` gives an expression (a coalesce that
 * keeps a nullable column's keyset total, a subquery, …).
 */
export function sortColumns<F extends string>(
  keys: Record<string, F>,
  alias: string,
  special: Partial<Record<F, string>> = {},
): Record<F, string> {
  return Object.fromEntries(
    Object.values(keys).map((key) => [key, special[key] ?? `${alias}.${key.toLowerCase()}`]),
  ) as Record<F, string>;
}

/**
 * A list's page in the first order asked for (else `fallback`): `sorts` maps each sort field of
 * the list's GraphQL order to its SQL expression (never input).
 */
export function sortedPage<T extends ObjectLiteral & { id: string }, F extends string>(
  qb: SelectQueryBuilder<T>,
  page: PageArgs,
  sorts: Record<F, string>,
  orderBy: readonly ListOrder<F>[],
  fallback: ListOrder<F>,
  /** Nodes from their raw rows, as a prepared statement, and what only the page's query adds (see `paginate`). */
  options: {
    hydrate?: (raw: Record<string, unknown>) => T;
    prepare?: boolean;
    pageOnly?: (page: SelectQueryBuilder<T>) => void;
  } = {},
) {
  const order = orderBy[0] ?? fallback;
  const sort = { expression: sorts[order.field], direction: order.direction };
  return paginate(qb, page, sort, options.hydrate, options.prepare, options.pageOnly);
}
