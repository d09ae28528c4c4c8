import { AppError } from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { auditText } from '../../core/audit-text';
import { RecordTrash, type TrashSpec } from '../../core/trash';
import { CONTACT_OWNERSHIP } from '../customer/customer-access';
import type { FieldRuleService } from '../settings/field-rule.service';
import { Contact } from './contact.entity';

export const CONTACT_TRASH: TrashSpec<Contact> = {
  ownership: CONTACT_OWNERSHIP,
  target: Contact,
  module: 'contact',
  // Whoever sees a contact may delete and restore it (CON-03).
  purpose: 'view',
  text: (action, c) => auditText(`contact.${action}`, { name: c.name }),
};

/** X-07 for contacts; refused whole (DUPLICATE) when a restored contact would now duplicate a live one. */
export function contactTrash(ds: DataSource, rules: FieldRuleService): RecordTrash<Contact> {
  return new RecordTrash(ds, CONTACT_TRASH, {
    async beforeRestore(m, contacts) {
      const unique = rules.uniqueFields(await rules.rules('contact', m));
      for (const c of contacts) {
        await rules.assertNoDuplicates(m, 'contact', unique, { ...c }, c.id);
      }
      await prepareContactRestore(m, contacts);
    },
  });
}

/**
 * Before contacts come back: their customer must be live, and a restored primary contact gives
 * way to the customer's current primary one (still in the trash, so the unique index is not hit).
 */
async function prepareContactRestore(m: EntityManager, contacts: Contact[]): Promise<void> {
  for (const c of contacts) {
    if (c.customerId) {
      const [live] = await m.query(`SELECT deleted_at FROM customer WHERE id = $1`, [c.customerId]);
      if (live?.deleted_at) {
        throw AppError.badInput([{ field: 'customerId', message: 'v.invalid' }]);
      }
    }
  }
  await m.query(
    `UPDATE contact t SET is_primary = false
      WHERE t.id = ANY($1::uuid[]) AND t.is_primary AND EXISTS (
        SELECT 1 FROM contact o WHERE o.customer_id = t.customer_id AND o.is_primary AND o.deleted_at IS NULL)`,
    [contacts.map((c) => c.id)],
  );
}
