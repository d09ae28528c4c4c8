import { CUSTOMER_LEVELS, levelAfterEvent, type CustomerEventKind } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import { writeAudit } from '../../core/audit';
import { auditText, type AuditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';

/** Why customers move up: the event (its kind decides the level) and how the entry reads. */
export interface PromotionCause {
  kind: CustomerEventKind;
  text: (c: { code: string; name: string }) => AuditText;
}

/**
 * CUS-03 for the customers an activity or a sales document was just created for: NEW and OTHER
 * become APPROACHED (never a SIGNED one down), set-based, each change with its audit entry in the
 * caller's transaction; the per-owner level counters follow by their trigger.
 */
export async function promoteCustomers(
  m: EntityManager,
  caller: AuthUser,
  customerIds: readonly string[],
  cause: PromotionCause,
): Promise<void> {
  if (customerIds.length === 0) {
    return;
  }
  const promoted = CUSTOMER_LEVELS.filter((l) => levelAfterEvent(l, { kind: cause.kind }) !== l);
  const target = levelAfterEvent('NEW', { kind: cause.kind });
  const [rows]: [{ id: string; code: string; name: string; old: string }[], number] = await m.query(
    `UPDATE customer c SET level = $3, version = c.version + 1, updated_at = now()
       FROM (SELECT id, level AS old FROM customer WHERE id = ANY($1::uuid[]) AND level = ANY($2::text[]) FOR UPDATE) o
      WHERE c.id = o.id
      RETURNING c.id, c.code, c.name, o.old`,
    [customerIds, promoted, target],
  );
  await writeAudit(
    m,
    rows.map((r) => ({
      action: 'UPDATE',
      module: 'customer',
      recordId: r.id,
      userId: caller.id,
      description: cause.text(r),
      changes: { level: { from: r.old, to: target } },
    })),
  );
}

/** The cause of a promotion by a sales document: "(báo giá BG000001)". */
export const byDocument = (
  kind: Exclude<CustomerEventKind, 'ACTIVITY'>,
  document: AuditText,
): PromotionCause => ({
  kind,
  text: (c) => auditText('customer.levelByDocument', { code: c.code, name: c.name, document }),
});
