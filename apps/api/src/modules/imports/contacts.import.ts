import { createContactSchema, IMPORT_FIELDS } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { scopeContacts, scopeCustomers } from '../customer/customer-access';
import type { FieldRuleService } from '../settings/field-rule.service';
import { cellDate, cellEnum, cellPhone, cellText } from './import-cells';
import type { ImportModuleDescription, ImportOptions, ImportRow, ImportSession } from './import-module';
import {
  applyPatches,
  insertRecords,
  parseRow,
  readBefore,
  updateEntries,
  type Column,
} from './import-values';

const GENDER_LABELS = {
  MALE: ['Nam', 'Male', 'M'],
  FEMALE: ['Nữ', 'Female', 'F'],
  OTHER: ['Khác', 'Other'],
} as const;

const COLUMNS: Column[] = [
  ['customerId', 'customer_id', 'uuid'],
  ['name', 'name', 'text'],
  ['title', 'title', 'text'],
  ['gender', 'gender', 'text'],
  ['mobile', 'mobile', 'text'],
  ['email', 'email', 'text'],
  ['birthday', 'birthday', 'date'],
  ['address', 'address', 'text'],
  ['notes', 'notes', 'text'],
];
const FIELD_OF: Record<string, string> = { customerId: 'customerCode' };
const fieldOf = (path: string) => FIELD_OF[path] ?? path;

interface Deps {
  audit: AuditService;
  rules: FieldRuleService;
}

export function contactsImport(deps: Deps): ImportModuleDescription {
  return {
    module: 'contacts',
    ruleModule: 'contact',
    tables: ['contact'],
    auditModule: 'contact',
    label: { vi: 'liên hệ', en: 'contacts' },
    fields: IMPORT_FIELDS.contacts,
    async begin(m, options) {
      const rules = await deps.rules.rules('contact', m);
      return new ContactImportSession(deps, options, deps.rules.uniqueFields(rules));
    },
  };
}

class ContactImportSession implements ImportSession {
  constructor(
    private readonly deps: Deps,
    private readonly options: ImportOptions,
    readonly duplicateFields: string[],
  ) {}

  errorField(field: string): string {
    return fieldOf(field);
  }

  /** Customers by code, among those the caller may see (as the form's customer picker). */
  private async customersByCode(m: EntityManager, rows: ImportRow[]): Promise<Map<string, string>> {
    const codes = [
      ...new Set(rows.map((r) => cellText(r.raw.customerCode)?.trim().toUpperCase()).filter(Boolean)),
    ] as string[];
    if (codes.length === 0) {
      return new Map();
    }
    const qb = m
      .createQueryBuilder()
      .select('c.id', 'id')
      .addSelect('c.code', 'code')
      .from('customer', 'c')
      .where('c.code = ANY(:codes::text[])', { codes })
      .andWhere('c.deleted_at IS NULL');
    const found: { id: string; code: string }[] = await scopeCustomers(
      qb,
      'c',
      this.options.caller,
      'view',
    ).getRawMany();
    return new Map(found.map((f) => [f.code, f.id]));
  }

  async prepare(m: EntityManager, rows: ImportRow[]): Promise<void> {
    const customers = await this.customersByCode(m, rows);
    for (const row of rows) {
      const r = row.raw;
      const gender = cellEnum(r.gender, GENDER_LABELS);
      if (typeof gender === 'object') {
        row.errors.push({ field: 'gender', message: 'v.invalid' });
      }
      const code = cellText(r.customerCode)?.trim().toUpperCase();
      const customerId = code ? customers.get(code) : undefined;
      if (code && !customerId) {
        row.errors.push({
          field: 'customerCode',
          message: 'import.unknownCustomer',
          params: { value: code },
        });
      }
      const input = {
        name: cellText(r.name),
        customerId,
        title: cellText(r.title),
        gender: typeof gender === 'string' ? gender : undefined,
        mobile: cellPhone(r.mobile, this.options.convertOldMobile),
        email: cellText(r.email),
        birthday: cellDate(r.birthday),
        address: cellText(r.address),
        notes: cellText(r.notes),
      };
      parseRow(createContactSchema, row, input, fieldOf);
    }
  }

  async editable(m: EntityManager, ids: string[]): Promise<Set<string>> {
    const qb = m
      .createQueryBuilder()
      .select('t.id', 'id')
      .from('contact', 't')
      .where('t.id = ANY(:ids::uuid[])', { ids })
      .andWhere('t.deleted_at IS NULL');
    const rows: { id: string }[] = await scopeContacts(qb, 't', this.options.caller).getRawMany();
    return new Set(rows.map((r) => r.id));
  }

  async checkUpdates(m: EntityManager, rows: ImportRow[]): Promise<void> {
    await readBefore(m, 'contact', COLUMNS, rows);
  }

  async insert(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await insertRecords(m, 'contact', COLUMNS, rows, {
      callerId: this.options.caller.id,
      jobId: this.options.jobId,
    });
  }

  async update(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const patches = await applyPatches(m, 'contact', COLUMNS, rows, this.options.jobId);
    await this.deps.audit.recordMany(
      m,
      updateEntries(rows, patches, { module: 'contact', userId: this.options.caller.id }, (before, patch) =>
        auditText('contact.importUpdate', { name: (patch.name ?? before.name) as string }),
      ),
    );
  }
}
