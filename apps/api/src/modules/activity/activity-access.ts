import { AppError } from '@sen/shared';
import { Brackets, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../graphql/context';
import { scopeCustomers, UUID } from '../customer/customer-access';

/**
 * Who sees or changes an activity (USR-02 applied to ACT):
 * - view: created by, assigned to or shared as participant with the caller, or linked to a customer
 *   the caller can see; a MANAGER also those created by or assigned to their department; ADMIN all.
 * - work (edit): the same without the customer path — seeing a customer's log is not a licence to edit it.
 * - own (delete, restore): the creator; a MANAGER for their department; ADMIN all.
 */
export type ActivityPurpose = 'view' | 'work' | 'own';

export function scopeActivities<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: AuthUser,
  purpose: ActivityPurpose = 'view',
): SelectQueryBuilder<T> {
  if (caller.role === 'ADMIN') {
    return qb;
  }
  return qb.andWhere(
    new Brackets((w) => {
      w.where(`${alias}.created_by = :actMe`, { actMe: caller.id });
      if (caller.role === 'MANAGER' && caller.departmentId) {
        const dept = `(SELECT du.id FROM app_user du WHERE du.department_id = :actDept)`;
        w.orWhere(`${alias}.created_by IN ${dept}`, { actDept: caller.departmentId });
        w.orWhere(`${alias}.assignee_id IN ${dept}`);
      }
      if (purpose === 'own') {
        return;
      }
      w.orWhere(`${alias}.assignee_id = :actMe`);
      w.orWhere(
        `EXISTS (SELECT 1 FROM activity_participant ap WHERE ap.activity_id = ${alias}.id AND ap.user_id = :actMe)`,
      );
      if (purpose === 'view') {
        const visible = scopeCustomers(
          qb
            .subQuery()
            .select('1')
            .from('activity_customer', 'vac')
            .innerJoin('customer', 'vc', 'vc.id = vac.customer_id AND vc.deleted_at IS NULL')
            .where(`vac.activity_id = ${alias}.id`),
          'vc',
          caller,
        ).getQuery();
        w.orWhere(`EXISTS ${visible}`);
      }
    }),
  );
}

/**
 * All of `ids` for `purpose`, or the whole call fails and nothing changes: NOT_FOUND when one is not
 * visible at all, FORBIDDEN when one is visible but not for this purpose.
 */
export async function assertActivitiesInScope(
  m: EntityManager,
  ids: string[],
  caller: AuthUser,
  purpose: ActivityPurpose,
  state: 'live' | 'trash' = 'live',
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.some((id) => !UUID.test(id))) {
    throw new AppError('NOT_FOUND');
  }
  const count = async (p: ActivityPurpose) => {
    const qb = m
      .createQueryBuilder()
      .select('count(*)::int', 'n')
      .from('activity', 'a')
      .where('a.id IN (:...ids)', { ids: unique })
      .andWhere(state === 'live' ? 'a.deleted_at IS NULL' : 'a.deleted_at IS NOT NULL');
    scopeActivities(qb, 'a', caller, p);
    return ((await qb.getRawOne()) as { n: number }).n;
  };
  if ((await count(purpose)) === unique.length) {
    return unique;
  }
  if (purpose !== 'view' && (await count('view')) === unique.length) {
    throw new AppError('FORBIDDEN');
  }
  throw new AppError('NOT_FOUND');
}
