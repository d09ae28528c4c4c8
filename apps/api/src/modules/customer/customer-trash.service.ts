import { AppError } from '@sen/shared';
import { In, type DataSource } from 'typeorm';
import type { AuthUser } from '../../graphql/context';
import { auditText } from '../audit/audit-text';
import { entriesFor, type AuditService } from '../audit/audit.service';
import { Contact } from '../contact/contact.entity';
import type { FieldRuleService } from '../settings/field-rule.service';
import { assertAdmin } from '../user/user.service';
import { assertCustomersInScope } from './customer-access';
import { Customer } from './customer.entity';

/** delete to the trash, restore by the owner or an admin, purge by an admin. */
export class CustomerTrashService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly rules: FieldRuleService,
  ) {}

  /** The customers' live contacts go to the trash with them, and come back with them. */
  remove(caller: AuthUser, ids: string[]): Promise<number> {
    return this.ds.transaction(async (m) => {
      const customerIds = await assertCustomersInScope(m, ids, caller, 'manage');
      const customers = await m.findBy(Customer, { id: In(customerIds) });
      const [{ now }] = await m.query('SELECT now() AS now');
      await m.query(
        `UPDATE customer SET deleted_at = $2, deleted_by = $3, version = version + 1 WHERE id = ANY($1::uuid[])`,
        [customerIds, now, caller.id],
      );
      // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
      const [contacts]: [Pick<Contact, 'id' | 'name'>[], number] = await m.query(
        `UPDATE contact SET deleted_at = $2, deleted_by = $3, version = version + 1
          WHERE customer_id = ANY($1::uuid[]) AND deleted_at IS NULL RETURNING id, name`,
        [customerIds, now, caller.id],
      );
      await this.audit.recordMany(m, [
        ...entriesFor(customers, { action: 'DELETE', module: 'customer', userId: caller.id }, (c) =>
          auditText('customer.delete', { code: c.code, name: c.name }),
        ),
        ...entriesFor(contacts, { action: 'DELETE', module: 'contact', userId: caller.id }, (c) =>
          auditText('contact.delete', { name: c.name }),
        ),
      ]);
      return customerIds.length;
    });
  }

  /** Refused whole (DUPLICATE) when a restored customer would now duplicate a live one. */
  restore(caller: AuthUser, ids: string[]): Promise<number> {
    return this.ds.transaction(async (m) => {
      const customerIds = await assertCustomersInScope(m, ids, caller, 'manage', 'trash');
      const customers = await m.findBy(Customer, { id: In(customerIds) });
      const rules = await this.rules.rules('customer', m);
      const contactRules = await this.rules.rules('contact', m);
      const contacts: Contact[] = [];
      for (const c of customers) {
        await this.rules.assertNoDuplicates(
          m,
          'customer',
          ['code', ...this.rules.uniqueFields(rules)],
          { ...c } as Record<string, unknown>,
          c.id,
        );
        await m.query(
          `UPDATE customer SET deleted_at = NULL, deleted_by = NULL, version = version + 1 WHERE id = $1`,
          [c.id],
        );
        const back = await m.find(Contact, { where: { customerId: c.id, deletedAt: c.deletedAt! } });
        for (const contact of back) {
          await this.rules.assertNoDuplicates(
            m,
            'contact',
            this.rules.uniqueFields(contactRules),
            { ...contact } as Record<string, unknown>,
            contact.id,
          );
        }
        await m.query(
          `UPDATE contact SET deleted_at = NULL, deleted_by = NULL, version = version + 1 WHERE id = ANY($1::uuid[])`,
          [back.map((x) => x.id)],
        );
        contacts.push(...back);
      }
      await this.audit.recordMany(m, [
        ...entriesFor(customers, { action: 'RESTORE', module: 'customer', userId: caller.id }, (c) =>
          auditText('customer.restore', { code: c.code, name: c.name }),
        ),
        ...entriesFor(contacts, { action: 'RESTORE', module: 'contact', userId: caller.id }, (c) =>
          auditText('contact.restore', { name: c.name }),
        ),
      ]);
      return customerIds.length;
    });
  }

  purge(caller: AuthUser, ids: string[]): Promise<number> {
    assertAdmin(caller);
    return this.ds.transaction(async (m) => {
      const customers = await m.findBy(Customer, {
        id: In([...new Set(ids)].filter((x) => x.length === 36)),
      });
      if (customers.length !== new Set(ids).size) {
        throw new AppError('NOT_FOUND');
      }
      if (customers.some((c) => !c.deletedAt)) {
        throw new AppError('BAD_USER_INPUT', { messageKey: 'customer.notInTrash' });
      }
      await this.audit.recordMany(
        m,
        entriesFor(customers, { action: 'DELETE', module: 'customer', userId: caller.id }, (c) =>
          auditText('customer.purge', { code: c.code, name: c.name }),
        ),
      );
      await m.query('DELETE FROM customer WHERE id = ANY($1::uuid[])', [customers.map((c) => c.id)]);
      return customers.length;
    });
  }
}
