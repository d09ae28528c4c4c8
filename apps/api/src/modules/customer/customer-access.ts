import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { assertInScope, scopeOwned, type Ownership } from '../../core/scope';

/**
 * USR-02 for customers: ADMIN sees every customer; MANAGER those owned by their department (plus
 * their own and those shared with them); STAFF their own and those shared with them. Users a
 * customer is shared with may edit it; delete, share, transfer and restore are the owner's side's.
 */
export const CUSTOMER_OWNERSHIP: Ownership = {
  table: 'customer',
  owner: 'owner_id',
  members: [{ table: 'customer_share', key: 'customer_id' }],
};

/** Contacts: those of a visible customer, or (without one) owned within the caller's scope. */
export const CONTACT_OWNERSHIP: Ownership = {
  table: 'contact',
  owner: 'owner_id',
  via: { ownership: CUSTOMER_OWNERSHIP, link: { column: 'customer_id' } },
};

/** `manage` (delete, share, transfer, restore) leaves out customers merely shared with the caller. */
export function scopeCustomers<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: AuthUser,
  purpose: 'view' | 'manage' = 'view',
): SelectQueryBuilder<T> {
  return scopeOwned(qb, alias, caller, CUSTOMER_OWNERSHIP, purpose);
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

export function scopeContacts<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: AuthUser,
): SelectQueryBuilder<T> {
  return scopeOwned(qb, alias, caller, CONTACT_OWNERSHIP);
}

/**
 * The ids among `ids` that the caller may act on, locked, in one query; any other id makes the
 * whole call NOT_FOUND (or FORBIDDEN for a customer only shared with them) and nothing changes.
 */
export function assertCustomersInScope(
  m: EntityManager,
  ids: string[],
  caller: AuthUser,
  purpose: 'view' | 'manage',
  state: 'live' | 'trash' = 'live',
): Promise<string[]> {
  return assertInScope(m, CUSTOMER_OWNERSHIP, ids, caller, purpose, state);
}

/**
 * CUS-07: the folded text of what every user may see on any customer (code, name and the two
 * addresses). A search over customers the caller may not see matches this text only, never the
 * e-mail, phone or tax code inside `search_text`.
 */
export function customerPublicText(alias: string): string {
  return `sen_fold(${alias}.code || ' ' || ${alias}.name || ' ' || coalesce(${alias}.office_address, '') || ' ' || coalesce(${alias}.business_address, ''))`;
}

/** SQL true when `caller` may see every field of the customer `alias` of `qb` (its parameters added to `qb`). */
export function customerVisibleSql<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: AuthUser,
): string {
  if (caller.role === 'ADMIN') {
    return 'TRUE';
  }
  // The scope's conditions on `alias`'s own row: no second reading of it by its key.
  const sub = qb.subQuery().select('1').from('(VALUES (1))', 'one');
  return `EXISTS ${scopeCustomers(sub, alias, caller).getQuery()}`;
}
