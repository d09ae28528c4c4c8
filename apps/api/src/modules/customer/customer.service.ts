import {
  AppError,
  canSetManually,
  createCustomerSchema,
  MANUAL_LEVELS,
  parseInput,
  updateCustomerSchema,
  CUSTOMER_FIELDS,
  keysWhere,
  type CreateCustomerData,
  type CreateCustomerValues,
  type UpdateCustomerValues,
} from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import { type AuditService } from '../audit/audit.service';
import { CategoryKind } from '../category/category.entity';
import type { CategoryService } from '../category/category.service';
import type { FieldRuleService } from '../settings/field-rule.service';
import { CodeMode, type SystemParameters } from '../settings/system-parameters.entity';
import type { SystemParametersService } from '../settings/system-parameters.service';
import { resolveRecordOwner } from '../../core/users';
import { assertCustomersInScope } from './customer-access';
import { Customer } from './customer.entity';
import type { OwnershipService } from './ownership.service';
import { createdEntry, diffChanges, type FieldChanges } from '../../core/audit';
import { drawNumbers, type Counter } from '../../core/numbering';
import { assertVersion, insertRow, updateVersioned } from '../../core/versioned';

/** Fields whose before → after goes into the audit log (declared `audited`). */
export const CUSTOMER_AUDITED = keysWhere(CUSTOMER_FIELDS, (f) => f.audited === true) as (keyof Customer &
  string)[];

/** The fields a create or an update copies from the input as they are (the others follow rules). */
const PLAIN = keysWhere(CUSTOMER_FIELDS, (f) => !f.managed && f.column !== undefined);

type Row = Partial<Customer> & { groupIds?: string[] };

const CUSTOMER_CODES: Counter = { sequence: 'customer_code_seq', table: 'customer', column: 'code' };

export class CustomerService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly rules: FieldRuleService,
    private readonly params: SystemParametersService,
    private readonly categories: CategoryService,
    private readonly ownership: OwnershipService,
  ) {}

  async create(caller: AuthUser, input: CreateCustomerValues): Promise<Customer> {
    return this.ds.transaction((m) => this.createIn(m, caller, input));
  }

  /** Create inside the caller's transaction (e.g. a customer made inline with an activity). */
  async createIn(m: EntityManager, caller: AuthUser, input: CreateCustomerValues): Promise<Customer> {
    const values = parseInput(createCustomerSchema, input);
    const rules = await this.rules.rules('customer', m);
    this.rules.assertRequired(rules, values, 'create');
    const params = await this.params.get(m);
    const level = values.level ?? 'NEW';
    if (level !== 'NEW' && !MANUAL_LEVELS.includes(level)) {
      throw AppError.badInput([{ field: 'level', message: 'v.invalidLevel' }]);
    }
    const ownerId = await resolveRecordOwner(m, caller, values.ownerId);
    await this.assertReferences(m, values);
    if (!values.code && params.customerCodeMode === CodeMode.MANUAL) {
      throw AppError.badInput([{ field: 'code', message: 'v.required' }]);
    }
    await this.rules.assertNoDuplicates(
      m,
      'customer',
      ['code', ...this.rules.uniqueFields(rules)],
      values,
      null,
    );
    const code = values.code ?? (await this.nextCode(m, params));
    const createdAt =
      params.createdDateMode === CodeMode.MANUAL && values.createdAt ? values.createdAt : new Date();
    const customer = await this.insert(m, { ...this.columns(values), code, level, ownerId, createdAt });
    await this.setGroups(m, customer.id, values.groupIds ?? []);
    const description = auditText('customer.create', { code: customer.code, name: customer.name });
    const audited = { ...customer, groupIds: values.groupIds ?? [] };
    await this.audit.record(
      m,
      createdEntry(audited, { module: 'customer', userId: caller.id, description }, [
        ...CUSTOMER_AUDITED,
        'groupIds',
      ]),
    );
    return customer;
  }

  async update(caller: AuthUser, id: string, input: UpdateCustomerValues): Promise<Customer> {
    const values = parseInput(updateCustomerSchema, input);
    return this.ds.transaction(async (m) => {
      await assertCustomersInScope(m, [id], caller, 'view');
      const before = await m.findOneByOrFail(Customer, { id });
      assertVersion(before, values.version);
      const rules = await this.rules.rules('customer', m);
      this.rules.assertRequired(rules, values, 'update');
      if (values.level && values.level !== before.level && !canSetManually(before.level, values.level)) {
        throw AppError.badInput([{ field: 'level', message: 'v.invalidLevel' }]);
      }
      await this.assertReferences(m, values);
      const params = await this.params.get(m);
      const patch: Row = this.columns(values);
      if (values.name) {
        patch.name = values.name;
      }
      if (values.level) {
        patch.level = values.level;
      }
      if (values.code && values.code !== before.code) {
        patch.code = values.code;
      }
      if (params.createdDateMode === CodeMode.MANUAL && values.createdAt) {
        patch.createdAt = values.createdAt;
      }
      const changedUnique = ['code', ...this.rules.uniqueFields(rules)].filter(
        (f) => patch[f as keyof Row] !== undefined && patch[f as keyof Row] !== before[f as keyof Customer],
      );
      await this.rules.assertNoDuplicates(m, 'customer', changedUnique, patch, id);
      const extra: FieldChanges = {};
      if (values.groupIds) {
        const beforeGroups = await this.groupIds(m, id);
        await this.setGroups(m, id, values.groupIds);
        const afterGroups = [...new Set(values.groupIds)].sort();
        if (JSON.stringify(beforeGroups) !== JSON.stringify(afterGroups)) {
          extra.groupIds = { from: beforeGroups, to: afterGroups };
        }
      }
      const { after } = await updateVersioned(m, {
        target: Customer,
        before,
        version: values.version,
        patch,
        audit: {
          module: 'customer',
          userId: caller.id,
          fields: CUSTOMER_AUDITED,
          describe: (c) => auditText('customer.update', { code: c.code, name: c.name }),
          extra,
        },
      });
      if (values.ownerId && values.ownerId !== before.ownerId) {
        // Changing the owner from the form is a transfer: same rules, same history (CUS-08).
        await this.ownership.transferIn(m, caller, [id], values.ownerId);
        return m.findOneByOrFail(Customer, { id });
      }
      return after;
    });
  }

  /**
   * Nhân bản: a new customer with the same data, a new code, level NEW and the caller as owner.
   * Duplicate-checked fields are left empty, as they would be refused.
   */
  async clone(caller: AuthUser, id: string): Promise<Customer> {
    return this.ds.transaction(async (m) => {
      await assertCustomersInScope(m, [id], caller, 'view');
      const source = await m.findOneByOrFail(Customer, { id });
      const rules = await this.rules.rules('customer', m);
      const params = await this.params.get(m);
      const values: Row = { ...source };
      for (const f of this.rules.uniqueFields(rules)) {
        (values as Record<string, unknown>)[f] = null;
      }
      const missing = rules.filter((r) => r.required && r.unique && r.field !== 'name');
      if (missing.length > 0) {
        throw AppError.badInput(missing.map((r) => ({ field: r.field, message: 'v.required' })));
      }
      const nameIsUnique = this.rules.uniqueFields(rules).includes('name');
      const name = nameIsUnique ? `${source.name} (${await this.nextCode(m, params)})` : source.name;
      const customer = await this.insert(m, {
        ...this.columns(values as CreateCustomerData),
        name,
        code: await this.nextCode(m, params),
        level: 'NEW',
        ownerId: caller.id,
        createdAt: new Date(),
      });
      const groups = await this.groupIds(m, id);
      await this.setGroups(m, customer.id, groups);
      await this.audit.record(m, {
        action: 'CREATE',
        module: 'customer',
        recordId: customer.id,
        userId: caller.id,
        description: auditText('customer.clone', {
          code: customer.code,
          name: customer.name,
          from: source.code,
        }),
        changes: diffChanges({} as Row, { ...customer, groupIds: groups }, [...CUSTOMER_AUDITED, 'groupIds']),
      });
      return customer;
    });
  }

  private columns(v: Partial<CreateCustomerData>): Row {
    return Object.fromEntries(PLAIN.map((f) => [f, v[f as keyof CreateCustomerData]])) as Row;
  }

  private async insert(m: EntityManager, row: Row): Promise<Customer> {
    const clean = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
    return insertRow(m, Customer, { kind: 'B2B', labels: [], ...clean } as Partial<Customer>);
  }

  /** PAR-02: prefix + zero-padded counter, skipping codes typed by hand (imports draw many at once). */
  async nextCodes(m: EntityManager, params: SystemParameters, count: number): Promise<string[]> {
    return drawNumbers(
      m,
      CUSTOMER_CODES,
      { prefix: params.customerCodePrefix, width: params.customerCodeWidth },
      count,
    );
  }

  private async nextCode(m: EntityManager, params: SystemParameters): Promise<string> {
    return (await this.nextCodes(m, params, 1))[0];
  }

  private async assertReferences(m: EntityManager, v: Partial<CreateCustomerData>): Promise<void> {
    await this.categories.assertKind(m, 'groupIds', v.groupIds ?? [], CategoryKind.CUSTOMER_GROUP);
    await this.categories.assertKind(m, 'industryId', [v.industryId], CategoryKind.INDUSTRY);
    await this.categories.assertKind(m, 'scaleId', [v.scaleId], CategoryKind.SCALE);
    await this.categories.assertKind(m, 'sourceId', [v.sourceId], CategoryKind.SOURCE);
  }

  async groupIds(m: EntityManager, customerId: string): Promise<string[]> {
    const rows: { group_id: string }[] = await m.query(
      'SELECT group_id FROM customer_group WHERE customer_id = $1 ORDER BY group_id',
      [customerId],
    );
    return rows.map((r) => r.group_id);
  }

  private async setGroups(m: EntityManager, customerId: string, groupIds: string[]): Promise<void> {
    await m.query('DELETE FROM customer_group WHERE customer_id = $1', [customerId]);
    if (groupIds.length > 0) {
      await m.query(
        'INSERT INTO customer_group (customer_id, group_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
        [customerId, [...new Set(groupIds)]],
      );
    }
  }
}
