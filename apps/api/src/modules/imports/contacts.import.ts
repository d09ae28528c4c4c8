import { createContactSchema, IMPORT_FIELDS } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { scopeContacts } from '../customer/customer-access';
import type { FieldRuleService } from '../settings/field-rule.service';
import { cellDate, cellEnum, cellPhone, cellText } from './import-cells';
import { CustomerRowsSession } from './import-customer-rows';
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
