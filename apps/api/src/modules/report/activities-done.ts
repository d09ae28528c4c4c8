import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import type { UserCount } from './dashboard.types';
import { VN_DAY_END, VN_DAY_START } from './report-period';

const DEPT = `(SELECT du.id FROM app_user du WHERE du.department_id = :dept)`;

/**
 * REP-02 "activities done per user": the activity list with status DONE and due from–to, counted
 * per assignee, within the caller's view of activities (ACTIVITY_OWNERSHIP, USR-02), read from
 * the counts and link copies of migration 1768700000001 instead of the ~1,000,000 activities of a
 * year. The view splits into two disjoint parts:
 *
 * 1. the activities the caller sees by their own columns — created by or assigned to the caller,
 *    or for a MANAGER created by or assigned to their department: sums of `activity_done_count`;
 * 2. the others they see as a participant or through a live customer they see (owned, their
 *    department's for a MANAGER, or shared with them): the done links of those, each activity
 *    once, read from the links' partial indexes. Through the customer's owner only links whose
 *    activity that owner neither created nor is assigned to can add anything (the owner's side
 *    sees the others by their own columns), which is the index's predicate (migration
 *    1768700000004).
 *
 * An ADMIN sees everything: the counts alone. This restates `scopeOwned(…, ACTIVITY_OWNERSHIP,
 * 'view')` per way in (core/scope.ts has no disjoint ways for a record with members); the dashboard
 * tests compare it with the activity list for every role.
 */
export async function activitiesDone(
  ds: DataSource,
  caller: AuthUser,
  from: string,
  to: string,
): Promise<UserCount[]> {
  const dept = caller.role === 'MANAGER' && caller.departmentId ? caller.departmentId : null;
  /** Whether row `x` (created_by, assignee_id) is the caller's by its own columns (part 1). */
  const own = (x: string) =>
    `(${x}.created_by = :me OR ${x}.assignee_id = :me${
      dept ? ` OR ${x}.created_by IN ${DEPT} OR ${x}.assignee_id IN ${DEPT}` : ''
    })`;
  const done = (x: string) =>
    `${x}.done_due_at >= ${VN_DAY_START('from')} AND ${x}.done_due_at < ${VN_DAY_END('to')}`;
  const counts = `SELECT k.assignee_id, sum(k.n) AS n FROM activity_done_count k
                   WHERE k.day BETWEEN :from::date AND :to::date${caller.role === 'ADMIN' ? '' : ` AND ${own('k')}`}
                   GROUP BY 1`;
  const seenOtherwise = `
    SELECT x.assignee_id, count(DISTINCT x.activity_id) AS n FROM (
      SELECT p.activity_id, p.assignee_id FROM activity_participant p
       WHERE p.user_id = :me AND ${done('p')} AND NOT ${own('p')}
      UNION ALL
      SELECT l.activity_id, l.assignee_id FROM activity_customer l
        JOIN customer c ON c.id = l.customer_id AND c.deleted_at IS NULL
       WHERE (l.customer_owner_id = :me${dept ? ` OR l.customer_owner_id IN ${DEPT}` : ''})
         AND l.created_by <> l.customer_owner_id AND l.assignee_id <> l.customer_owner_id
         AND ${done('l')} AND NOT ${own('l')}
      UNION ALL
      SELECT l.activity_id, l.assignee_id FROM activity_customer l
        JOIN customer c ON c.id = l.customer_id AND c.deleted_at IS NULL
       WHERE l.customer_id IN (SELECT s.customer_id FROM customer_share s WHERE s.user_id = :me)
         AND ${done('l')} AND NOT ${own('l')}) x
     GROUP BY 1`;
  const [sql, params] = ds.driver.escapeQueryWithParameters(
    `SELECT t.assignee_id AS "userId", sum(t.n)::int AS count
       FROM (${counts}${caller.role === 'ADMIN' ? '' : ` UNION ALL ${seenOtherwise}`}) t
      GROUP BY 1 HAVING sum(t.n) > 0 ORDER BY 2 DESC, 1`,
    { me: caller.id, dept, from, to },
  );
  const rows: UserCount[] = await ds.query(sql, params);
  return rows;
}
