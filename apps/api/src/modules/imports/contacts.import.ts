import { createContactSchema } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { scopeContacts } from '../customer/customer-access';
import type { FieldRuleService } from '../settings/field-rule.service';
import { cellDate, cellEnum, cellPhone, cellText } from './import-cells';
import { CustomerRowsSession } from './import-customer-rows';
import { describeImport } from './import-module';
import type { ImportModuleDescription, ImportOptions, ImportRow, ImportSession } from './import-module';
import { columns, parseRow, RecordTable } from './import-values';

const GENDER_LABELS = {
  MALE: ['Nam', 'Male', 'M'],
  FEMALE: ['Nữ', 'Female', 'F'],
  OTHER: ['Khác', 'Other'],
} as const;

const COLUMNS = columns(
  'customerId:uuid',
  'name',
  'title',
  'gender',
  'mobile',
  'email',
  'birthday:date',
  'address',
  'notes',
);

const CONTACTS = new RecordTable({
  table: 'contact',
  inserted: COLUMNS,
  updated: COLUMNS,
  audit: 'contact',
  describe: (before, patch) =>
    auditText('contact.importUpdate', { name: (patch.name ?? before.name) as string }),
});

interface Deps {
  audit: AuditService;
  rules: FieldRuleService;
}

export function contactsImport(deps: Deps): ImportModuleDescription {
  return describeImport('contacts', ['contact'], async (m, options) => {
    const rules = await deps.rules.rules('contact', m);
    return new ContactImportSession(deps, options, deps.rules.uniqueFields(rules));
  });
}

class ContactImportSession extends CustomerRowsSession implements ImportSession {
  constructor(
    private readonly deps: Deps,
    options: ImportOptions,
    readonly duplicateFields: string[],
  ) {
    super(options);
  }

  async prepare(m: EntityManager, rows: ImportRow[]): Promise<void> {
    const customers = await this.customersByCode(m, rows);
    for (const row of rows) {
      const r = row.raw;
      const gender = cellEnum(r.gender, GENDER_LABELS);
      if (typeof gender === 'object') {
        row.errors.push({ field: 'gender', message: 'v.invalid' });
      }
      const input = {
        name: cellText(r.name),
        customerId: this.customerOf(row, customers, false),
        title: cellText(r.title),
        gender: typeof gender === 'string' ? gender : undefined,
        mobile: cellPhone(r.mobile, this.options.convertOldMobile),
        email: cellText(r.email),
        birthday: cellDate(r.birthday),
        address: cellText(r.address),
        notes: cellText(r.notes),
      };
      parseRow(createContactSchema, row, input, (f) => this.errorField(f));
    }
  }

  editable(m: EntityManager, ids: string[]): Promise<Set<string>> {
    return this.editableIn(m, 'contact', ids, (qb, t) => scopeContacts(qb, t, this.options.caller));
  }

  async checkUpdates(m: EntityManager, rows: ImportRow[]): Promise<void> {
    await CONTACTS.readBefore(m, rows);
  }

  async insert(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await CONTACTS.insert(m, rows, this.options);
  }

  async update(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await CONTACTS.update(m, rows, this.options, this.deps.audit);
  }
}
