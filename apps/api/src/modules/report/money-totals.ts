import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { disjointWays, scopeOwned, type Ownership } from '../../core/scope';

/** What `money_day_total` (migration 1768700000002) keeps: revenue, receipts, debt by due day. */
export type MoneyKind = 'R' | 'P' | 'D';

/**
 * The ways into a document that are its own columns (core/scope.ts `disjointWays`: its owner, then
 * its customer's owner), which `money_day_total` is keyed by; the ways after them (the customers
 * shared with the caller) are read from the documents.
 */
const KEPT_WAYS = 2;

/**
 * One row per day (`day`, `amount`, `owing`) of `kind` over the documents the caller sees, as one
 * query and its parameters: for an ADMIN the kept totals alone; else the kept totals of the ways
 * by owner and customer owner, and the documents of the other ways (`documents`: a query over
 * alias `d` selecting the same three columns, with the same filter as `where` on `d.day`). Each
 * document is counted once: the ways are disjoint.
 */
export function moneyByDay(
  ds: DataSource,
  caller: AuthUser,
  o: Ownership,
  kind: MoneyKind,
  where: string,
  params: ObjectLiteral,
  documents: () => SelectQueryBuilder<ObjectLiteral>,
): [string, unknown[]] {
  const kept = () =>
    ds
      .createQueryBuilder()
      .from('money_day_total', 'd')
      .select('d.day', 'day')
      .addSelect('d.amount', 'amount')
      .addSelect('d.owing', 'owing')
      .where('d.kind = :kind', { kind })
      .andWhere(where, params);
  const ways = disjointWays('d', caller, o);
  const parts =
    caller.role === 'ADMIN'
      ? [kept()]
      : ways
        ? ways.map((_, way) =>
            scopeOwned(way < KEPT_WAYS ? kept() : documents(), 'd', caller, o, 'view', { way }),
          )
        : [scopeOwned(documents(), 'd', caller, o, 'view', 'set')];
  return ds
    .createQueryBuilder()
    .select('*')
    .from(`(${parts.map((qb) => qb.getQuery()).join(' UNION ALL ')})`, 'x')
    .setParameters(Object.assign({}, ...parts.map((qb) => qb.getParameters())))
    .getQueryAndParameters() as [string, unknown[]];
}
