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
import type { AuthUser } from '../../core/caller';
import { assertVersion, insertAudited, updateVersioned } from '../../core/versioned';
import { auditText } from '../../core/audit-text';
import { type AuditService } from '../audit/audit.service';
import { CategoryKind } from '../category/category.entity';
import type { CategoryService } from '../category/category.service';
import { scopeContacts, scopeCustomers } from '../customer/customer-access';
import type { FieldRuleService } from '../settings/field-rule.service';
import { resolveRecordOwner } from '../../core/users';
import { Contact } from './contact.entity';
import {
  ContactSortField,
  type ContactFilter,
  type ContactOrder,
  type CreateContactInput,
  type UpdateContactInput,
} from './contact.inputs';
import { escapeLike, UUID } from '../../core/sql';
import { sortColumns } from '../../core/listing';

const SORT = sortColumns(ContactSortField, 't', {
  TITLE: `coalesce(t.title, '')`,
  EMAIL: `coalesce(t.email, '')`,
  MOBILE: `coalesce(t.mobile, '')`,
});

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
      return insertAudited(m, Contact, { ...values, ownerId } as Partial<Contact>, {
        module: 'contact',
        userId: caller.id,
        fields: AUDITED,
        describe: (contact) => auditText('contact.create', { name: contact.name }),
      });
    });
  }

  async update(caller: AuthUser, id: string, input: UpdateContactInput): Promise<Contact> {
    const values = parseInput(updateContactSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.byId(caller, id, m);
      assertVersion(before, values.version);
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
      const { after } = await updateVersioned(m, {
        target: Contact,
        before,
        version,
        patch,
        audit: {
          module: 'contact',
          userId: caller.id,
          fields: AUDITED,
          describe: (c) => auditText('contact.update', { name: c.name }),
        },
      });
      return after;
    });
  }

  /** Moves the primary flag: the customer's other primary contact loses it (logged). */
  private async clearPrimary(
    m: EntityManager,
    caller: AuthUser,
    customerId: string,
    exceptId: string | null,
  ) {
    // One primary move per customer at a time: a racing one waits, then finds this one's primary.
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('contact-primary:' || $1, 0))`, [
      customerId,
    ]);
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
