import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { assertInScope, scopeOwned, type Ownership } from '../../core/scope';
import { CUSTOMER_OWNERSHIP } from '../customer/customer-access';

/**
 * Who sees or changes an activity (USR-02 applied to ACT):
 * - view: created by, assigned to or shared as participant with the caller, or linked to a customer
 *   the caller can see; a MANAGER also those created by or assigned to their department; ADMIN all.
 * - work (edit): the same without the customer path — seeing a customer's log is not a licence to edit it.
 * - own (delete, restore): the creator; a MANAGER for their department; ADMIN all.
 */
export type ActivityPurpose = 'view' | 'work' | 'own';

export const ACTIVITY_OWNERSHIP: Ownership = {
  table: 'activity',
  owner: 'created_by',
  department: ['created_by', 'assignee_id'],
  members: [{ column: 'assignee_id' }, { table: 'activity_participant', key: 'activity_id' }],
  via: {
    ownership: CUSTOMER_OWNERSHIP,
    link: { table: 'activity_customer', key: 'activity_id', parentKey: 'customer_id' },
  },
};

const PURPOSE = { view: 'view', work: 'work', own: 'manage' } as const;

export function scopeActivities<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: AuthUser,
  purpose: ActivityPurpose = 'view',
): SelectQueryBuilder<T> {
  return scopeOwned(qb, alias, caller, ACTIVITY_OWNERSHIP, PURPOSE[purpose]);
}

/**
 * All of `ids` for `purpose`, or the whole call fails and nothing changes: NOT_FOUND when one is not
 * visible at all, FORBIDDEN when one is visible but not for this purpose.
 */
export function assertActivitiesInScope(
  m: EntityManager,
  ids: string[],
  caller: AuthUser,
  purpose: ActivityPurpose,
  state: 'live' | 'trash' = 'live',
): Promise<string[]> {
  return assertInScope(m, ACTIVITY_OWNERSHIP, ids, caller, PURPOSE[purpose], state);
}
