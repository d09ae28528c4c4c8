import {
  AppError,
  createContactSchema,
  foldVietnamese,
  parseInput,
  updateContactSchema,
  type CreateContactData,
} from '@sen/shared';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import type { AuthUser } from '../../graphql/context';
import { auditText } from '../audit/audit-text';
import { diffChanges, entriesFor, escapeLike, type AuditService } from '../audit/audit.service';
import { CategoryKind } from '../category/category.entity';
import type { CategoryService } from '../category/category.service';
import { scopeContacts, scopeCustomers, UUID } from '../customer/customer-access';
import type { FieldRuleService } from '../settings/field-rule.service';
import { resolveRecordOwner } from '../user/record-owner';
import { assertAdmin } from '../user/user.service';
import { Contact } from './contact.entity';
import {
  ContactSortField,
  type ContactFilter,
  type ContactOrder,
  type CreateContactInput,
  type UpdateContactInput,
} from './contact.inputs';

const SORT: Record<ContactSortField, string> = {
  [ContactSortField.NAME]: 't.name',
  [ContactSortField.TITLE]: `coalesce(t.title, '')`,
  [ContactSortField.EMAIL]: `coalesce(t.email, '')`,
  [ContactSortField.MOBILE]: `coalesce(t.mobile, '')`,
  [ContactSortField.CREATED_AT]: 't.created_at',
};

const AUDITED: (keyof Contact & string)[] = [
  'name',
  'customerId',
  'title',
  'gender',
  'mobile',
  'email',
  'birthday',
  'address',
  'isPrimary',
  'notes',
  'statusId',
  'ownerId',
];

const contains = (s: string) => `%${escapeLike(foldVietnamese(s))}%`;

export class ContactService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly rules: FieldRuleService,
    private readonly categories: CategoryService,
  ) {}

  list(caller: AuthUser, filter: ContactFilter = {}, orderBy: ContactOrder[] = [], page: PageArgs) {
    const order = orderBy[0] ?? { field: ContactSortField.NAME, direction: SortDirection.ASC };
    return paginate(this.filtered(caller, filter), page, {
      expression: SORT[order.field],
      direction: order.direction,
    });
  }

  /** The contacts the caller sees that match the list's filter, as a query over `contact t`. */
  filtered(caller: AuthUser, filter: ContactFilter): SelectQueryBuilder<Contact> {
    const qb = this.ds.getRepository(Contact).createQueryBuilder('t');
    qb.where(filter.deleted ? 't.deleted_at IS NOT NULL' : 't.deleted_at IS NULL');
    scopeContacts(qb, 't', caller);
    if (filter.search?.trim()) {
      qb.andWhere('t.search_text LIKE :search', { search: contains(filter.search) });
    }
    if (filter.name?.trim()) {
      qb.andWhere('sen_fold(t.name) LIKE :name', { name: contains(filter.name) });
    }
    if (filter.title?.trim()) {
      qb.andWhere('sen_fold(t.title) LIKE :title', { title: contains(filter.title) });
    }
    if (filter.gender) {
      qb.andWhere('t.gender = :gender', { gender: filter.gender });
    }
    if (filter.customerId) {
      qb.andWhere('t.customer_id = :customerId', {
        customerId: UUID.test(filter.customerId) ? filter.customerId : null,
      });
    }
    if (filter.mobile?.trim()) {
      qb.andWhere('t.mobile LIKE :mobile', {
        mobile: `%${filter.mobile.replace(/\D/g, '').replace(/^84/, '0')}%`,
      });
    }
    if (filter.email?.trim()) {
      qb.andWhere('t.email LIKE :email', { email: `%${escapeLike(filter.email.trim().toLowerCase())}%` });
    }
    if (filter.ownerIds?.length) {
      qb.andWhere('t.owner_id IN (:...ownerIds)', {
        ownerIds: filter.ownerIds
          .filter((x) => UUID.test(x))
          .concat(['00000000-0000-0000-0000-000000000000']),
      });
    }
    return qb;
  }

  async byId(
    caller: AuthUser,
    id: string,
    m: EntityManager = this.ds.manager,
    deleted = false,
  ): Promise<Contact> {
    if (!UUID.test(id)) {
      throw new AppError('NOT_FOUND');
    }
    const qb = m
      .getRepository(Contact)
      .createQueryBuilder('t')
      .where('t.id = :id', { id })
      .andWhere(deleted ? 't.deleted_at IS NOT NULL' : 't.deleted_at IS NULL');
    const found = await scopeContacts(qb, 't', caller).getOne();
    if (!found) {
      throw new AppError('NOT_FOUND');
    }
    return found;
  }

  async create(caller: AuthUser, input: CreateContactInput): Promise<Contact> {
    const values = parseInput(createContactSchema, input);
    return this.ds.transaction(async (m) => {
      const rules = await this.rules.rules('contact', m);
      this.rules.assertRequired(rules, values, 'create');
      await this.assertReferences(m, caller, values);
      const ownerId = await resolveRecordOwner(m, caller, values.ownerId);
      await this.rules.assertNoDuplicates(m, 'contact', this.rules.uniqueFields(rules), values, null);
      if (values.isPrimary && values.customerId) {
        await this.clearPrimary(m, caller, values.customerId, null);
      }
      const row = Object.fromEntries(
        Object.entries({ ...values, ownerId }).filter(([, v]) => v !== undefined),
      );
      const inserted = await m.insert(Contact, row as Partial<Contact>);
      const contact = await m.findOneByOrFail(Contact, { id: inserted.identifiers[0].id as string });
      await this.audit.record(m, {
        action: 'CREATE',
        module: 'contact',
        recordId: contact.id,
        userId: caller.id,
        description: auditText('contact.create', { name: contact.name }),
        changes: diffChanges({} as Contact, contact, AUDITED),
      });
      return contact;
    });
  }

  async update(caller: AuthUser, id: string, input: UpdateContactInput): Promise<Contact> {
    const values = parseInput(updateContactSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.byId(caller, id, m);
      if (before.version !== values.version) {
        throw new AppError('CONFLICT', { details: { currentVersion: before.version } });
      }
      const rules = await this.rules.rules('contact', m);
      this.rules.assertRequired(rules, values, 'update');
      await this.assertReferences(m, caller, values);
      const { version, ...fields } = values;
      if (fields.ownerId) {
        fields.ownerId = await resolveRecordOwner(m, caller, fields.ownerId);
      }
      const patch = Object.fromEntries(
        Object.entries(fields).filter(([, v]) => v !== undefined),
      ) as Partial<Contact>;
      const changedUnique = this.rules
        .uniqueFields(rules)
        .filter(
          (f) =>
            patch[f as keyof Contact] !== undefined &&
            patch[f as keyof Contact] !== before[f as keyof Contact],
        );
      await this.rules.assertNoDuplicates(m, 'contact', changedUnique, patch as Record<string, unknown>, id);
      const customerId = patch.customerId !== undefined ? patch.customerId : before.customerId;
      if (
        (patch.isPrimary ?? before.isPrimary) &&
        customerId &&
        (patch.isPrimary || patch.customerId !== undefined)
      ) {
        await this.clearPrimary(m, caller, customerId, id);
      }
      const result = await m
        .createQueryBuilder()
        .update(Contact)
        .set({ ...patch, updatedAt: () => 'now()', version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) {
        const current = await m.findOneByOrFail(Contact, { id });
        throw new AppError('CONFLICT', { details: { currentVersion: current.version } });
      }
      const after = await m.findOneByOrFail(Contact, { id });
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'contact',
        recordId: id,
        userId: caller.id,
        description: auditText('contact.update', { name: after.name }),
        changes: diffChanges(before, patch, AUDITED),
      });
      return after;
    });
  }

  remove(caller: AuthUser, ids: string[]): Promise<number> {
    return this.ds.transaction(async (m) => {
      const contacts = await this.inScope(m, caller, ids, false);
      await m.query(
        `UPDATE contact SET deleted_at = now(), deleted_by = $2, version = version + 1 WHERE id = ANY($1::uuid[])`,
        [contacts.map((c) => c.id), caller.id],
      );
      await this.audit.recordMany(
        m,
        entriesFor(contacts, { action: 'DELETE', module: 'contact', userId: caller.id }, (c) =>
          auditText('contact.delete', { name: c.name }),
        ),
      );
      return contacts.length;
    });
  }

  /** Refused whole (DUPLICATE) when a restored contact would now duplicate a live one. */
  restore(caller: AuthUser, ids: string[]): Promise<number> {
    return this.ds.transaction(async (m) => {
      const contacts = await this.inScope(m, caller, ids, true);
      const rules = await this.rules.rules('contact', m);
      for (const c of contacts) {
        await this.rules.assertNoDuplicates(m, 'contact', this.rules.uniqueFields(rules), { ...c }, c.id);
        if (c.customerId) {
          const [live] = await m.query(`SELECT deleted_at FROM customer WHERE id = $1`, [c.customerId]);
          if (live?.deleted_at) {
            throw AppError.badInput([{ field: 'customerId', message: 'v.invalid' }]);
          }
        }
      }
      // A restored primary contact gives way to the customer's current primary one.
      await m.query(
        `UPDATE contact t SET deleted_at = NULL, deleted_by = NULL, version = version + 1,
                is_primary = t.is_primary AND NOT EXISTS (
                  SELECT 1 FROM contact o WHERE o.customer_id = t.customer_id AND o.is_primary AND o.deleted_at IS NULL)
          WHERE t.id = ANY($1::uuid[])`,
        [contacts.map((c) => c.id)],
      );
      await this.audit.recordMany(
        m,
        entriesFor(contacts, { action: 'RESTORE', module: 'contact', userId: caller.id }, (c) =>
          auditText('contact.restore', { name: c.name }),
        ),
      );
      return contacts.length;
    });
  }

  purge(caller: AuthUser, ids: string[]): Promise<number> {
    assertAdmin(caller);
    return this.ds.transaction(async (m) => {
      const contacts = await this.inScope(m, caller, ids, true);
      await this.audit.recordMany(
        m,
        entriesFor(contacts, { action: 'DELETE', module: 'contact', userId: caller.id }, (c) =>
          auditText('contact.purge', { name: c.name }),
        ),
      );
      await m.query('DELETE FROM contact WHERE id = ANY($1::uuid[])', [contacts.map((c) => c.id)]);
      return contacts.length;
    });
  }

  private async inScope(
    m: EntityManager,
    caller: AuthUser,
    ids: string[],
    deleted: boolean,
  ): Promise<Contact[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0 || unique.some((id) => !UUID.test(id))) {
      throw new AppError('NOT_FOUND');
    }
    const qb = m
      .getRepository(Contact)
      .createQueryBuilder('t')
      .where('t.id IN (:...ids)', { ids: unique })
      .andWhere(deleted ? 't.deleted_at IS NOT NULL' : 't.deleted_at IS NULL');
    const found = await scopeContacts(qb, 't', caller).getMany();
    if (found.length !== unique.length) {
      throw new AppError('NOT_FOUND');
    }
    return found;
  }

  /** Moves the primary flag: the customer's other primary contact loses it (logged). */
  private async clearPrimary(
    m: EntityManager,
    caller: AuthUser,
    customerId: string,
    exceptId: string | null,
  ) {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [others]: [{ id: string; name: string }[], number] = await m.query(
      `UPDATE contact SET is_primary = false, version = version + 1, updated_at = now()
        WHERE customer_id = $1 AND is_primary AND deleted_at IS NULL AND ($2::uuid IS NULL OR id <> $2)
        RETURNING id, name`,
      [customerId, exceptId],
    );
    await this.audit.recordMany(
      m,
      others.map((o) => ({
        action: 'UPDATE',
        module: 'contact',
        recordId: o.id,
        userId: caller.id,
        description: auditText('contact.update', { name: o.name }),
        changes: { isPrimary: { from: true, to: false } },
      })),
    );
  }

  private async assertReferences(m: EntityManager, caller: AuthUser, v: Partial<CreateContactData>) {
    if (v.customerId) {
      const qb = m
        .createQueryBuilder()
        .select('c.id')
        .from('customer', 'c')
        .where('c.id = :cid AND c.deleted_at IS NULL', {
          cid: UUID.test(v.customerId) ? v.customerId : null,
        });
      if (!(await scopeCustomers(qb, 'c', caller).getRawOne())) {
        throw AppError.badInput([{ field: 'customerId', message: 'v.invalid' }]);
      }
    }
    await this.categories.assertKind(m, 'statusId', [v.statusId], CategoryKind.CONTACT_STATUS);
  }
}
