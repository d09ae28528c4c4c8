import {
  canSetManually,
  createCustomerSchema,
  CUSTOMER_FIELDS,
  entries,
  fileKey,
  foldVietnamese,
  MANUAL_LEVELS,
  optionNames,
  type CustomerLevel,
  type FieldKind,
  type FieldSpec,
} from '@sen/shared';
import type { EntityManager } from 'typeorm';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { CategoryKind } from '../category/category.entity';
import { scopeCustomers } from '../customer/customer-access';
import type { CustomerService } from '../customer/customer.service';
import type { FieldRuleService } from '../settings/field-rule.service';
import { CodeMode } from '../settings/system-parameters.entity';
import type { SystemParametersService } from '../settings/system-parameters.service';
import { cellDate, cellEnum, cellList, cellPhone, cellText } from './import-cells';
import { describeImport } from './import-module';
import type { ImportModuleDescription, ImportOptions, ImportRow, ImportSession } from './import-module';
import { parseRow, RecordTable, type Column } from './import-values';

/** The file's fields (owner aside: the import engine reads it), as declared. */
const FILE_FIELDS = entries(CUSTOMER_FIELDS).filter(
  ([, f]) => f.file && !f.file.exportOnly && f.kind !== 'user',
);

/** Schema keys whose import column has another name (`industryId` → `industry`). */
const FIELD_OF: Record<string, string> = Object.fromEntries(
  FILE_FIELDS.map(([key, f]) => [key, fileKey(key, f)]),
);
const fieldOf = (path: string) => FIELD_OF[path] ?? path;

/** Columns an import writes, in the jsonb record's spelling (snake_case = the table's). */
const COLUMN_TYPE: Partial<Record<FieldKind, string>> = { date: 'date', category: 'uuid', tags: 'text[]' };
const COLUMNS: Column[] = FILE_FIELDS.filter(([, f]) => f.column).map(([key, f]) => [
  key,
  f.column!,
  COLUMN_TYPE[f.kind] ?? 'text',
]);
/** What the table's NOT NULL columns get when the file leaves them empty (SQL literals). */
const INSERT_DEFAULTS = { kind: `'B2B'`, level: `'NEW'`, labels: `'{}'` };

const CUSTOMERS = new RecordTable({
  table: 'customer',
  inserted: COLUMNS,
  read: COLUMNS,
  updated: COLUMNS.filter(([f]) => f !== 'code'),
  defaults: INSERT_DEFAULTS,
  audit: 'customer',
  describe: (before, patch) =>
    auditText('customer.importUpdate', {
      code: before.code as string,
      name: (patch.name ?? before.name) as string,
    }),
});

interface Deps {
  audit: AuditService;
  rules: FieldRuleService;
  params: SystemParametersService;
  customers: CustomerService;
}

export function customersImport(deps: Deps): ImportModuleDescription {
  return describeImport('customers', ['customer', 'customer_group'], (m, options) =>
    CustomerImportSession.start(m, options, deps),
  );
}

class CustomerImportSession implements ImportSession {
  private constructor(
    private readonly deps: Deps,
    private readonly options: ImportOptions,
    private readonly manualCode: boolean,
    private readonly params: Awaited<ReturnType<SystemParametersService['get']>>,
    private readonly categories: Map<string, Map<string, string>>,
    readonly duplicateFields: string[],
  ) {}

  static async start(m: EntityManager, options: ImportOptions, deps: Deps): Promise<CustomerImportSession> {
    const params = await deps.params.get(m);
    const rows: { id: string; kind: string; name: string }[] = await m.query(
      `SELECT id, kind, name FROM category WHERE kind = ANY($1::text[])`,
      [[CategoryKind.INDUSTRY, CategoryKind.SCALE, CategoryKind.SOURCE, CategoryKind.CUSTOMER_GROUP]],
    );
    const categories = new Map<string, Map<string, string>>();
    for (const r of rows) {
      const byName = categories.get(r.kind) ?? new Map<string, string>();
      byName.set(foldVietnamese(r.name), r.id);
      categories.set(r.kind, byName);
    }
    const rules = await deps.rules.rules('customer', m);
    const unique = ['code', ...deps.rules.uniqueFields(rules).filter((f) => f !== 'code')];
    return new CustomerImportSession(
      deps,
      options,
      params.customerCodeMode === CodeMode.MANUAL,
      params,
      categories,
      unique,
    );
  }

  private category(row: ImportRow, field: string, kind: CategoryKind, name: string | undefined) {
    if (name === undefined) {
      return undefined;
    }
    const id = this.categories.get(kind)?.get(foldVietnamese(name));
    if (!id) {
      row.errors.push({ field, message: 'import.unknownCategory', params: { value: name } });
    }
    return id;
  }

  /** A cell as the form's input for the field: refused values become the row's errors. */
  private read(row: ImportRow, key: string, f: FieldSpec): unknown {
    const file = fileKey(key, f);
    const cell = row.raw[file];
    switch (f.kind) {
      case 'phone':
        return cellPhone(cell, this.options.convertOldMobile);
      case 'date':
        return cellDate(cell);
      case 'tags':
        return cellList(cell);
      case 'enum': {
        const value = cellEnum(cell, optionNames(f));
        if (typeof value === 'object') {
          row.errors.push({ field: file, message: 'v.invalid' });
          return undefined;
        }
        return value;
      }
      case 'choice': {
        const text = cellText(cell)?.trim();
        if (!text) {
          return undefined;
        }
        const value = f.readChoice?.(text) ?? null;
        if (value === null) {
          row.errors.push({ field: file, message: 'import.unknownChoice', params: { value: text } });
          return undefined;
        }
        return value;
      }
      case 'category':
        return this.category(row, file, f.category as CategoryKind, cellText(cell));
      case 'categories':
        return cellList(cell)
          ?.map((name) => this.category(row, file, f.category as CategoryKind, name))
          .filter((id): id is string => id !== undefined);
      default:
        return cellText(cell);
    }
  }

  async prepare(_m: EntityManager, rows: ImportRow[]): Promise<void> {
    for (const row of rows) {
      const input = Object.fromEntries(FILE_FIELDS.map(([key, f]) => [key, this.read(row, key, f)]));
      parseRow(createCustomerSchema, row, input, fieldOf);
      const v = row.values;
      // The same refusals as CustomerService.createIn.
      if (v.level && v.level !== 'NEW' && !MANUAL_LEVELS.includes(v.level as CustomerLevel)) {
        row.errors.push({ field: 'level', message: 'v.invalidLevel' });
      }
      if (this.manualCode && !v.code) {
        row.errors.push({ field: 'code', message: 'v.required' });
      }
    }
  }

  errorField(field: string): string {
    return fieldOf(field);
  }

  async editable(m: EntityManager, ids: string[]): Promise<Set<string>> {
    const qb = m
      .createQueryBuilder()
      .select('c.id', 'id')
      .from('customer', 'c')
      .where('c.id = ANY(:ids::uuid[])', { ids })
      .andWhere('c.deleted_at IS NULL');
    const rows: { id: string }[] = await scopeCustomers(qb, 'c', this.options.caller, 'view').getRawMany();
    return new Set(rows.map((r) => r.id));
  }

  async checkUpdates(m: EntityManager, rows: ImportRow[]): Promise<void> {
    await CUSTOMERS.readBefore(m, rows);
    for (const row of rows) {
      const from = row.before?.level as CustomerLevel | undefined;
      const to = row.values.level as CustomerLevel | undefined;
      if (from && to && to !== from && !canSetManually(from, to)) {
        row.errors.push({ field: 'level', message: 'v.invalidLevel' });
      }
    }
  }

  async insert(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const needCodes = rows.filter((r) => !r.values.code);
    const codes = await this.deps.customers.nextCodes(m, this.params, needCodes.length);
    needCodes.forEach((r, i) => (r.values.code = codes[i]));
    await CUSTOMERS.insert(m, rows, this.options);
    await this.addGroups(m, rows);
  }

  async update(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await CUSTOMERS.update(m, rows, this.options, this.deps.audit);
    await this.addGroups(m, rows);
  }

  /** Groups named in the file are added (a customer keeps the groups it had). */
  private async addGroups(m: EntityManager, rows: ImportRow[]): Promise<void> {
    const pairs = rows.flatMap((r) =>
      ((r.values.groupIds as string[] | undefined) ?? []).map((g) => [r.existingId!, g]),
    );
    if (pairs.length > 0) {
      await m.query(
        `INSERT INTO customer_group (customer_id, group_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
    }
  }
}
