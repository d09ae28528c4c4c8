import {
  AppError,
  foldVietnamese,
  RULE_FIELDS,
  FIELD_RULE_MODULES,
  type FieldError,
  type FieldRuleModule,
} from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { FieldRule } from './field-rule.entity';
import { assertAdmin } from '../../core/caller';

export interface FieldRuleInput {
  field: string;
  required: boolean;
  unique: boolean;
}

/** Where each duplicate-checked field lives, and how its stored value is compared. */
const DUPLICATE_COLUMNS: Record<FieldRuleModule, Record<string, { column: string; param: string }>> = {
  customer: {
    name: { column: 'sen_fold(t.name)', param: 'sen_fold($1)' },
    email: { column: 't.email', param: '$1' },
    phone: { column: 't.phone', param: '$1' },
    fax: { column: 't.fax', param: '$1' },
    taxCode: { column: 't.tax_code', param: '$1' },
    website: { column: 'lower(t.website)', param: 'lower($1)' },
    code: { column: 't.code', param: '$1' },
  },
  contact: {
    name: { column: 'sen_fold(t.name)', param: 'sen_fold($1)' },
    email: { column: 't.email', param: '$1' },
    mobile: { column: 't.mobile', param: '$1' },
  },
  products: {
    name: { column: 'sen_fold(t.name)', param: 'sen_fold($1)' },
    code: { column: 'lower(t.code)', param: 'lower($1)' },
  },
  contracts: {
    number: { column: 't.number', param: '$1' },
  },
  'care-cards': {
    code: { column: 'lower(t.code)', param: 'lower($1)' },
  },
};

/** A live record holding a value an import wants (see `findDuplicates`). */
export interface DuplicateHit {
  value: string;
  id: string;
  name: string;
  ownerId: string;
  ownerName: string;
}

const TABLES: Record<FieldRuleModule, string> = {
  customer: 'customer',
  contact: 'contact',
  products: 'product',
  contracts: 'contract',
  'care-cards': 'care_card',
};

/** How a duplicate is named in the message ("đã tồn tại ở hợp đồng HD-01"): a contract by its number. */
const NAMES: Partial<Record<FieldRuleModule, string>> = { contracts: 't.number', 'care-cards': 't.code' };
const nameOf = (module: FieldRuleModule) => NAMES[module] ?? 't.name';

export function assertModule(module: string): FieldRuleModule {
  if (!(FIELD_RULE_MODULES as readonly string[]).includes(module)) {
    throw AppError.badInput([{ field: 'module', message: 'v.invalid' }]);
  }
  return module as FieldRuleModule;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

export class FieldRuleService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async rules(module: string, m: EntityManager = this.ds.manager): Promise<FieldRule[]> {
    const mod = assertModule(module);
    const stored = await m.find(FieldRule, { where: { module: mod } });
    const byField = new Map(stored.map((r) => [r.field, r]));
    // Every offered field is listed; the name is always required.
    return RULE_FIELDS[mod].map((f) => {
      const r = byField.get(f.field);
      return Object.assign(new FieldRule(), {
        module: mod,
        field: f.field,
        required: f.field === 'name' ? true : (r?.required ?? false),
        unique: f.canBeUnique ? (r?.unique ?? false) : false,
      });
    });
  }

  async setRules(caller: AuthUser, module: string, input: FieldRuleInput[]): Promise<FieldRule[]> {
    assertAdmin(caller);
    const mod = assertModule(module);
    const offered = new Map(RULE_FIELDS[mod].map((f) => [f.field, f]));
    const errors: FieldError[] = [];
    input.forEach((r, i) => {
      const f = offered.get(r.field);
      if (!f || (r.unique && !f.canBeUnique)) {
        errors.push({ field: `rules.${i}.field`, message: 'v.invalid' });
      }
    });
    if (errors.length > 0) {
      throw AppError.badInput(errors);
    }
    return this.ds.transaction(async (m) => {
      const before = await this.rules(mod, m);
      for (const r of input) {
        await m.query(
          `INSERT INTO field_rule (module, field, required, is_unique) VALUES ($1, $2, $3, $4)
           ON CONFLICT (module, field) DO UPDATE SET required = EXCLUDED.required, is_unique = EXCLUDED.is_unique`,
          [mod, r.field, r.required, r.unique],
        );
      }
      const after = await this.rules(mod, m);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const a of after) {
        const b = before.find((x) => x.field === a.field)!;
        if (a.required !== b.required || a.unique !== b.unique) {
          changes[a.field] = {
            from: { required: b.required, unique: b.unique },
            to: { required: a.required, unique: a.unique },
          };
        }
      }
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'settings',
        recordId: `field_rule:${mod}`,
        userId: caller.id,
        description: auditText('settings.fieldRules', { module: mod }),
        changes,
      });
      return after;
    });
  }

  /** Required fields (DUP-01). On an edit only the fields being changed are checked. */
  assertRequired(rules: FieldRule[], values: Record<string, unknown>, mode: 'create' | 'update'): void {
    const errors: FieldError[] = rules
      .filter((r) => r.required && (mode === 'create' || r.field in values) && isEmpty(values[r.field]))
      .filter((r) => mode === 'create' || values[r.field] !== undefined)
      .map((r) => ({ field: r.field, message: 'v.required' }));
    if (errors.length > 0) {
      throw AppError.badInput(errors);
    }
  }

  /**
   * Refuses a value another live record already has (CUS-06, CON-05), comparing normalised values.
   * A transaction-scoped advisory lock per value makes two concurrent creates of it take turns,
   * so they cannot both pass the check.
   */
  async assertNoDuplicates(
    m: EntityManager,
    module: FieldRuleModule,
    fields: string[],
    values: Record<string, unknown>,
    selfId: string | null,
  ): Promise<void> {
    for (const field of fields) {
      const value = values[field];
      const spec = DUPLICATE_COLUMNS[module][field];
      if (!spec || typeof value !== 'string' || value === '') {
        continue;
      }
      const key = field === 'name' ? foldVietnamese(value) : value.toLowerCase();
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${module}:${field}:${key}`]);
      const rows: { id: string; name: string; owner: string }[] = await m.query(
        `SELECT t.id, ${nameOf(module)} AS name, u.name AS owner FROM ${TABLES[module]} t JOIN app_user u ON u.id = t.owner_id
          WHERE ${spec.column} = ${spec.param} AND t.deleted_at IS NULL AND ($2::uuid IS NULL OR t.id <> $2)
          LIMIT 1`,
        [value, selfId],
      );
      if (rows[0]) {
        const label = module === 'products' && field === 'code' ? 'field.productCode' : `field.${field}`;
        throw new AppError('DUPLICATE', {
          messageKey: `${module}.duplicate`,
          params: { fieldLabel: `@${label}`, existingName: rows[0].name, ownerName: rows[0].owner },
          details: {
            duplicate: {
              field,
              existingId: rows[0].id,
              existingName: rows[0].name,
              ownerName: rows[0].owner,
            },
          },
        });
      }
    }
  }

  /** Required-field errors of a new record, as a list (an import reports them per row). */
  requiredErrors(rules: FieldRule[], values: Record<string, unknown>): FieldError[] {
    return rules
      .filter((r) => r.required && isEmpty(values[r.field]))
      .map((r) => ({ field: r.field, message: 'v.required' }));
  }

  /**
   * Batch form of `assertNoDuplicates` (imports): for each given value of one duplicate-checked
   * field, the oldest live record that has it, compared the same way. Takes the same advisory
   * locks, in a fixed order, so a form create of the same value waits for the batch to commit
   * (`lock = false`: a look that writes nothing, e.g. a dry run).
   */
  async findDuplicates(
    m: EntityManager,
    module: FieldRuleModule,
    field: string,
    values: string[],
    lock = true,
  ): Promise<Map<string, DuplicateHit>> {
    const spec = DUPLICATE_COLUMNS[module][field];
    const distinct = [...new Set(values.filter((v) => v !== ''))];
    const found = new Map<string, DuplicateHit>();
    if (!spec || distinct.length === 0) {
      return found;
    }
    const keys = [
      ...new Set(
        distinct.map((v) => `${module}:${field}:${field === 'name' ? foldVietnamese(v) : v.toLowerCase()}`),
      ),
    ].sort();
    if (lock) {
      await m.query('SELECT count(pg_advisory_xact_lock(hashtext(k))) FROM unnest($1::text[]) AS k', [keys]);
    }
    const rows: DuplicateHit[] = await m.query(
      `SELECT v.x AS value, h.id, h.name, h.owner_id AS "ownerId", h.owner AS "ownerName"
         FROM unnest($1::text[]) AS v(x)
         JOIN LATERAL (
           SELECT t.id, ${nameOf(module)} AS name, t.owner_id, u.name AS owner FROM ${TABLES[module]} t
             JOIN app_user u ON u.id = t.owner_id
            WHERE ${spec.column} = ${spec.param.replace('$1', 'v.x')} AND t.deleted_at IS NULL
            ORDER BY t.created_at, t.id LIMIT 1) h ON true`,
      [distinct],
    );
    for (const r of rows) {
      found.set(r.value, r);
    }
    return found;
  }

  uniqueFields(rules: FieldRule[]): string[] {
    return rules.filter((r) => r.unique).map((r) => r.field);
  }
}
