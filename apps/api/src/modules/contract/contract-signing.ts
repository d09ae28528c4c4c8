import type { EntityManager } from 'typeorm';
import { entriesFor, writeAudit } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';

/**
 * CUS-03: the customers of signed contracts become SIGNED (never twice), each change with its
 * audit entry naming the contract; `numberOf` is each customer's contract number. Locked in id order.
 */
export async function signCustomers(
  m: EntityManager,
  caller: AuthUser,
  numberOf: ReadonlyMap<string, string>,
): Promise<void> {
  if (numberOf.size === 0) {
    return;
  }
  const moved: { id: string; code: string; name: string; old: string }[] = (
    await m.query(
      `UPDATE customer c SET level = 'SIGNED', version = c.version + 1, updated_at = now()
         FROM (SELECT id, level AS old FROM customer
                WHERE id = ANY($1::uuid[]) AND level <> 'SIGNED' AND deleted_at IS NULL
                ORDER BY id FOR UPDATE) o
        WHERE c.id = o.id
        RETURNING c.id, c.code, c.name, o.old`,
      [[...numberOf.keys()]],
    )
  )[0];
  await writeAudit(
    m,
    entriesFor(
      moved,
      { action: 'UPDATE', module: 'customer', userId: caller.id },
      (r) =>
        auditText('customer.signedByContract', {
          code: r.code,
          name: r.name,
          number: numberOf.get(r.id) ?? '',
        }),
      (r) => ({ level: { from: r.old, to: 'SIGNED' } }),
    ),
  );
}
