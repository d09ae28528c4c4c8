import type { KpiMetric } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import { REVENUE_STATUSES } from './dashboard.service';

export type Actuals = Map<string, Record<KpiMetric, bigint>>;

/** The first and last day of a month `YYYY-MM`. */
export function monthDays(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * A month's actuals of each user, computed in SQL, each read from its owner's (or assignee's) index:
 * what a user owns or carries out is theirs, whoever else may see it.
 */
export async function userActuals(m: EntityManager, userIds: string[], month: string): Promise<Actuals> {
  const { first, last } = monthDays(month);
  const start = `($2::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`;
  const end = `(($3::date) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`;
  const rows: { id: string; nc: string; ad: string; cs: string; rv: string }[] = userIds.length
    ? await m.query(
        `SELECT u.id,
           (SELECT count(*) FROM customer c WHERE c.owner_id = u.id AND c.deleted_at IS NULL
               AND c.created_at >= ${start} AND c.created_at < ${end})::text AS nc,
           (SELECT count(*) FROM activity a WHERE a.assignee_id = u.id AND a.deleted_at IS NULL
               AND a.status = 'DONE' AND a.due_at >= ${start} AND a.due_at < ${end})::text AS ad,
           (SELECT count(*) FROM contract k WHERE k.owner_id = u.id AND k.deleted_at IS NULL
               AND k.status NOT IN ('DRAFT', 'CANCELLED') AND k.signed_on BETWEEN $2::date AND $3::date)::text AS cs,
           (SELECT coalesce(sum(i.total), 0) FROM invoice i WHERE i.owner_id = u.id AND i.deleted_at IS NULL
               AND i.status = ANY($4::text[]) AND i.date BETWEEN $2::date AND $3::date)::text AS rv
         FROM unnest($1::uuid[]) AS u(id)`,
        [userIds, first, last, REVENUE_STATUSES],
      )
    : [];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        NEW_CUSTOMERS: BigInt(r.nc),
        ACTIVITIES_DONE: BigInt(r.ad),
        CONTRACTS_SIGNED: BigInt(r.cs),
        REVENUE: BigInt(r.rv),
      },
    ]),
  );
}

/** actual / target × 100 to one decimal, exact in integers; null without a (positive) target. */
export function percentOf(actual: bigint, target: bigint | null): number | null {
  if (target === null || target <= 0n) {
    return null;
  }
  const tenths = (actual * 2000n + target) / (2n * target); // rounded half up
  return Number(tenths) / 10;
}
