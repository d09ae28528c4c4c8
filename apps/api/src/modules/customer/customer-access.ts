import { AppError } from '@sen/shared';
import { Brackets, type EntityManager, type SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import type { AuthUser } from '../../graphql/context';

/**
 * USR-02 as one SQL predicate: ADMIN sees every customer; MANAGER those owned by their
 * department (plus their own and those shared with them); STAFF their own and those shared with them.
 * `manage` (delete, share, transfer, restore) leaves out customers merely shared with the caller.
 */
export function scopeCustomers<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: AuthUser,
  purpose: 'view' | 'manage' = 'view',
): SelectQueryBuilder<T> {
  if (caller.role === 'ADMIN') {
    return qb;
  }
  return qb.andWhere(
    new Brackets((w) => {
      w.where(`${alias}.owner_id = :scopeMe`, { scopeMe: caller.id });
      if (caller.role === 'MANAGER' && caller.departmentId) {
        w.orWhere(
          `${alias}.owner_id IN (SELECT du.id FROM app_user du WHERE du.department_id = :scopeDept)`,
          {
            scopeDept: caller.departmentId,
          },
        );
      }
      if (purpose === 'view') {
        w.orWhere(
          `EXISTS (SELECT 1 FROM customer_share cs WHERE cs.customer_id = ${alias}.id AND cs.user_id = :scopeMe)`,
        );
      }
    }),
  );
}

/**
 * The customers visible to a non-ADMIN caller only through a share (not owned by them or their
 * department): `scopeCustomers(…, 'manage')` and this split the view scope into two disjoint parts,
 * so a count can read the owned part from an index alone.
 */
export function scopeSharedOnly<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: AuthUser,
): SelectQueryBuilder<T> {
  qb.andWhere(`${alias}.id IN (SELECT cs.customer_id FROM customer_share cs WHERE cs.user_id = :scopeMe)`, {
    scopeMe: caller.id,
  }).andWhere(`${alias}.owner_id <> :scopeMe`);
  if (caller.role === 'MANAGER' && caller.departmentId) {
    qb.andWhere(
      `${alias}.owner_id NOT IN (SELECT du.id FROM app_user du WHERE du.department_id = :scopeDept)`,
      { scopeDept: caller.departmentId },
    );
  }
  return qb;
}

/** Contacts: those of a visible customer, or (without one) owned within the caller's scope. */
export function scopeContacts<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: AuthUser,
): SelectQueryBuilder<T> {
  if (caller.role === 'ADMIN') {
    return qb;
  }
  return qb.andWhere(
    new Brackets((w) => {
      w.where(`${alias}.owner_id = :scopeMe`, { scopeMe: caller.id });
      if (caller.role === 'MANAGER' && caller.departmentId) {
        w.orWhere(
          `${alias}.owner_id IN (SELECT du.id FROM app_user du WHERE du.department_id = :scopeDept)`,
          {
            scopeDept: caller.departmentId,
          },
        );
      }
      const visible = scopeCustomers(
        qb.subQuery().select('1').from('customer', 'vc').where(`vc.id = ${alias}.customer_id`),
        'vc',
        caller,
      ).getQuery();
      w.orWhere(`EXISTS ${visible}`);
    }),
  );
}

/**
 * The ids among `ids` that the caller may act on, in one query; any other id makes the whole
 * call NOT_FOUND (it is not visible, so it does not exist for them) and nothing changes.
 */
export async function assertCustomersInScope(
  m: EntityManager,
  ids: string[],
  caller: AuthUser,
  purpose: 'view' | 'manage',
  state: 'live' | 'trash' = 'live',
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.some((id) => !UUID.test(id))) {
    throw new AppError('NOT_FOUND');
  }
  const qb = m
    .createQueryBuilder()
    .select('c.id', 'id')
    .from('customer', 'c')
    .where('c.id IN (:...ids)', { ids: unique })
    .andWhere(state === 'live' ? 'c.deleted_at IS NULL' : 'c.deleted_at IS NOT NULL');
  scopeCustomers(qb, 'c', caller, purpose);
  const rows: { id: string }[] = await qb.setLock('pessimistic_write', undefined, ['c']).getRawMany();
  if (rows.length !== unique.length) {
    // A visible customer the caller may only view (shared) is refused as FORBIDDEN, the rest NOT_FOUND.
    if (purpose === 'manage') {
      const visible = await assertVisibleCount(m, unique, caller, state);
      if (visible === unique.length) {
        throw new AppError('FORBIDDEN');
      }
    }
    throw new AppError('NOT_FOUND');
  }
  return unique;
}

async function assertVisibleCount(
  m: EntityManager,
  ids: string[],
  caller: AuthUser,
  state: 'live' | 'trash',
) {
  const qb = m
    .createQueryBuilder()
    .select('count(*)::int', 'n')
    .from('customer', 'c')
    .where('c.id IN (:...ids)', { ids })
    .andWhere(state === 'live' ? 'c.deleted_at IS NULL' : 'c.deleted_at IS NOT NULL');
  scopeCustomers(qb, 'c', caller, 'view');
  const row = (await qb.getRawOne()) as { n: number };
  return row.n;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
