import type { DataSource, EntityManager } from 'typeorm';
import { entriesFor, writeAudit } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { RecordTrash, TRASHED_AT, type TrashSpec } from '../../core/trash';
import { CONTACT_TRASH } from '../contact/contact-trash';
import { Contact } from '../contact/contact.entity';
import type { FieldRuleService } from '../settings/field-rule.service';
import { CUSTOMER_OWNERSHIP } from './customer-access';
import { Customer } from './customer.entity';

export const CUSTOMER_TRASH: TrashSpec<Customer> = {
  ownership: CUSTOMER_OWNERSHIP,
  target: Customer,
  module: 'customer',
  text: (action, c) => auditText(`customer.${action}`, { code: c.code, name: c.name }),
};

function contactEntries(
  m: EntityManager,
  caller: AuthUser,
  action: 'delete' | 'restore',
  contacts: Pick<Contact, 'id' | 'name'>[],
) {
  return writeAudit(
    m,
    entriesFor(
      contacts,
      { action: action === 'delete' ? 'DELETE' : 'RESTORE', module: 'contact', userId: caller.id },
      (c) => CONTACT_TRASH.text(action, c as Contact),
    ),
  );
}

/**
 * X-07 for customers: their live contacts go to the trash with them and come back with them; a
 * restore is refused whole (DUPLICATE) when a customer or contact would now duplicate a live one.
 */
export function customerTrash(ds: DataSource, rules: FieldRuleService): RecordTrash<Customer> {
  return new RecordTrash(ds, CUSTOMER_TRASH, {
    async afterDelete(m, customers, caller) {
      // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
      const [contacts]: [Pick<Contact, 'id' | 'name'>[], number] = await m.query(
        `UPDATE contact SET deleted_at = ${TRASHED_AT}, deleted_by = $2, version = version + 1
          WHERE customer_id = ANY($1::uuid[]) AND deleted_at IS NULL RETURNING id, name`,
        [customers.map((c) => c.id), caller.id],
      );
      await contactEntries(m, caller, 'delete', contacts);
    },
    async beforeRestore(m, customers) {
      const unique = ['code', ...rules.uniqueFields(await rules.rules('customer', m))];
      for (const c of customers) {
        await rules.assertNoDuplicates(m, 'customer', unique, { ...c }, c.id);
      }
    },
    async afterRestore(m, customers, caller) {
      const unique = rules.uniqueFields(await rules.rules('contact', m));
      const contacts: Contact[] = [];
      for (const c of customers) {
        const back = await m.find(Contact, { where: { customerId: c.id, deletedAt: c.deletedAt! } });
        for (const contact of back) {
          await rules.assertNoDuplicates(m, 'contact', unique, { ...contact }, contact.id);
        }
        contacts.push(...back);
      }
      await m.query(
        `UPDATE contact SET deleted_at = NULL, deleted_by = NULL, version = version + 1 WHERE id = ANY($1::uuid[])`,
        [contacts.map((x) => x.id)],
      );
      await contactEntries(m, caller, 'restore', contacts);
    },
  });
}
