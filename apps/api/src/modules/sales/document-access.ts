import { AppError } from '@sen/shared';
import type { EntityManager } from 'typeorm';
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
    via: { ownership: CUSTOMER_OWNERSHIP, link: { column: 'customer_id' } },
  };
}

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
