import { AppError } from '@sen/shared';
import type { EntityManager, EntityTarget } from 'typeorm';
import type { FieldChanges } from '../../core/audit';
import type { AuthUser } from '../../core/caller';
import { assertInScope, type Ownership } from '../../core/scope';
import { UUID } from '../../core/sql';
import { CUSTOMER_OWNERSHIP } from '../customer/customer-access';

/**
 * SALES-DESIGN.md "Access": a document is seen by its owner's side (the owner, their department's
 * manager, an admin) and by whoever may see its customer; only the owner's side changes it.
 */
export function documentOwnership(table: string): Ownership {
  return {
    table,
    owner: 'owner_id',
    via: { ownership: CUSTOMER_OWNERSHIP, link: { column: 'customer_id', ownerCopy: 'customer_owner_id' } },
  };
}

/** Receipts: the one ownership rule of a receipt (its list, trash and a record's history). */
export const RECEIPT_OWNERSHIP = documentOwnership('receipt');

/** The customer of a new or edited document: one the caller may see, else a field error. */
export async function assertCustomerField(
  m: EntityManager,
  caller: AuthUser,
  customerId: string,
  field = 'customerId',
): Promise<{ id: string; code: string; name: string; level: string }> {
  try {
    await assertInScope(m, CUSTOMER_OWNERSHIP, [customerId], caller, 'view');
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) {
      throw AppError.badInput([{ field, message: 'v.invalid' }]);
    }
    throw e;
  }
  const [c] = await m.query(`SELECT id, code, name, level FROM customer WHERE id = $1`, [customerId]);
  return c;
}

/** A contact of that very customer (live), or a field error. */
export async function assertContactOf(
  m: EntityManager,
  customerId: string,
  contactId: string | null | undefined,
): Promise<void> {
  if (!contactId) {
    return;
  }
  const rows: unknown[] = UUID.test(contactId)
    ? await m.query(`SELECT 1 FROM contact WHERE id = $1 AND customer_id = $2 AND deleted_at IS NULL`, [
        contactId,
        customerId,
      ])
    : [];
  if (rows.length === 0) {
    throw AppError.badInput([{ field: 'contactId', message: 'v.contactOfOtherCustomer' }]);
  }
}

/**
 * On an update: the contact (the one given, else the one kept) is still of the document's customer,
 * checked when either was given.
 */
export function assertContactKept(
  m: EntityManager,
  customerId: string,
  given: string | null | undefined,
  before: string | null,
  customerGiven: boolean,
): Promise<void> {
  return given !== undefined || customerGiven
    ? assertContactOf(m, customerId, given !== undefined ? given : before)
    : Promise.resolve();
}

/**
 * A document the caller may see (`view`), or one the caller's side may change (`work`: the owner,
 * their manager, an admin) read under a row lock for the rest of the transaction; NOT_FOUND for
 * one out of reach (or, for work, a malformed id).
 */
export async function readDocument<T extends { id: string }>(
  m: EntityManager,
  caller: AuthUser,
  ownership: Ownership,
  target: EntityTarget<T>,
  id: string,
  purpose: 'view' | 'work',
): Promise<T> {
  if (purpose === 'work' && !UUID.test(id)) {
    throw new AppError('NOT_FOUND');
  }
  await assertInScope(m, ownership, [id], caller, purpose);
  return purpose === 'work'
    ? m.findOneOrFail(target, { where: { id } as never, lock: { mode: 'pessimistic_write' } })
    : m.findOneByOrFail(target, { id } as never);
}

type Amounts = Record<'amount' | 'discount' | 'vat' | 'total', string>;

/** The audit changes of a document whose lines were rewritten: each amount that moved, and the count. */
export function lineChanges(
  before: Amounts,
  totals: Record<keyof Amounts, bigint>,
  lineCount: number,
): FieldChanges {
  const changes: FieldChanges = {};
  for (const k of ['amount', 'discount', 'vat', 'total'] as const) {
    if (before[k] !== totals[k].toString()) {
      changes[k] = { from: before[k], to: totals[k].toString() };
    }
  }
  changes.lines = { from: null, to: lineCount };
  return changes;
}

/**
 * A document linked from another (a quote, a contract, an opportunity): one the caller may see, of
 * the same customer and not in the trash; else a field error naming `field`.
 */
export async function assertLinkedOf(
  m: EntityManager,
  caller: AuthUser,
  ownership: Ownership,
  field: string,
  id: string | null | undefined,
  customerId: string,
): Promise<void> {
  if (!id) {
    return;
  }
  const refuse = () => AppError.badInput([{ field, message: 'v.invalid' }]);
  if (!UUID.test(id)) {
    throw refuse();
  }
  try {
    await assertInScope(m, ownership, [id], caller, 'view');
  } catch (e) {
    throw e instanceof AppError ? refuse() : e;
  }
  // `table` is a module's constant, never input.
  const rows: unknown[] = await m.query(
    `SELECT 1 FROM ${ownership.table} WHERE id = $1 AND customer_id = $2 AND deleted_at IS NULL`,
    [id, customerId],
  );
  if (rows.length === 0) {
    throw refuse();
  }
}
