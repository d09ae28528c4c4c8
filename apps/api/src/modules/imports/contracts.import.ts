import { CONTRACT_STATUS_LABEL, createContractSchema, type ContractStatus } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import { auditText } from '../../core/audit-text';
import { scopeOwned } from '../../core/scope';
import type { AuditService } from '../audit/audit.service';
import { byDocument, promoteCustomers } from '../customer/customer-promotion';
import { signCustomers } from '../contract/contract-signing';
import { CONTRACT_OWNERSHIP } from '../sales/sales-document.service';
import { cellDate, cellEnum, cellMoney, cellText } from './import-cells';
import { CustomerRowsSession } from './import-customer-rows';
import { describeImport } from './import-module';
import type { ImportModuleDescription, ImportOptions, ImportRow, ImportSession } from './import-module';
import { parseRow, patchOf, updatedChanges } from './import-values';

const STATUS_LABELS = Object.fromEntries(
  Object.entries(CONTRACT_STATUS_LABEL).map(([k, l]) => [k, [l.vi, l.en, k]]),
) as Record<ContractStatus, string[]>;

const SIGNED_LABELS = {
  yes: ['Có', 'Đã ký', 'x', '1', 'true', 'Yes', 'Signed'],
  no: ['Không', 'Chưa ký', '0', 'false', 'No'],
} as const;

/** What a file row updates on a contract found by its number (its customer and amounts stay). */
const UPDATABLE = ['signedOn', 'validFrom', 'validTo', 'terms', 'signed'] as const;
const COLUMN: Record<(typeof UPDATABLE)[number], string> = {
  signedOn: 'signed_on',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  terms: 'terms',
  signed: 'signed',
};

interface Deps {
  audit: AuditService;
}

/**
 * IMP-01 for contracts (001 "Nhập khẩu HĐ bán ra"): number, customer code and signing date
 * required; the number is duplicate-checked (DUP module `contracts`); a plain value, no lines.
 * Signed contracts make their customers SIGNED, the others move NEW customers up (CUS-03).
 */
export function contractsImport(deps: Deps): ImportModuleDescription {
  return describeImport('contracts', ['contract', 'customer'], (_m, options) =>
    Promise.resolve(new ContractImportSession(deps, options)),
  );
}

class ContractImportSession extends CustomerRowsSession implements ImportSession {
  readonly duplicateFields = ['number'];

  constructor(
    private readonly deps: Deps,
    options: ImportOptions,
  ) {
    super(options);
  }

  async prepare(m: EntityManager, rows: ImportRow[]): Promise<void> {
    const customers = await this.customersByCode(m, rows);
    for (const row of rows) {
      const r = row.raw;
      const status = cellEnum(r.status, STATUS_LABELS);
      if (typeof status === 'object') {
        row.errors.push({ field: 'status', message: 'v.invalid' });
      }
      const signed = cellEnum(r.signed, SIGNED_LABELS);
      if (typeof signed === 'object') {
        row.errors.push({ field: 'signed', message: 'v.invalid' });
      }
      const customerId = this.customerOf(row, customers, true);
      const number = cellText(r.number)?.trim();
      if (!number) {
        row.errors.push({ field: 'number', message: 'v.required' });
      }
      const signedOn = cellDate(r.signedOn);
      if (!signedOn) {
        row.errors.push({ field: 'signedOn', message: 'v.required' });
      }
      const input = {
        number,
        customerId: customerId ?? '',
        signedOn,
        validFrom: cellDate(r.validFrom),
        validTo: cellDate(r.validTo),
        value: cellMoney(r.value),
        status: typeof status === 'string' ? status : undefined,
        signed: signed === 'yes' ? true : signed === 'no' ? false : undefined,
        terms: cellText(r.terms),
      };
      parseRow(createContractSchema, row, input, (f) => this.errorField(f));
    }
  }

  editable(m: EntityManager, ids: string[]): Promise<Set<string>> {
    return this.editableIn(m, 'contract', ids, (qb, t) =>
      scopeOwned(qb, t, this.options.caller, CONTRACT_OWNERSHIP, 'work'),
    );
  }

  async checkUpdates(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const before: Record<string, unknown>[] = await m.query(
      `SELECT id, number, status, signed_on::text AS "signedOn", valid_from::text AS "validFrom",
              valid_to::text AS "validTo", terms, signed
         FROM contract WHERE id = ANY($1::uuid[])`,
      [rows.map((r) => r.existingId)],
    );
    const byId = new Map(before.map((b) => [b.id as string, b]));
    for (const r of rows) {
      r.before = byId.get(r.existingId!);
      if (r.before?.status === 'LIQUIDATED' || r.before?.status === 'CANCELLED') {
        r.errors.push({ field: 'number', message: 'document.notEditable' });
      }
    }
  }

  async insert(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const caller = this.options.caller;
    const records = rows.map((r) => {
      const v = r.values;
      const value = (v.value as string | null | undefined) ?? '0';
      return {
        number: v.number,
        customer_id: v.customerId,
        signed_on: v.signedOn ?? null,
        valid_from: v.validFrom ?? null,
        valid_to: v.validTo ?? null,
        signed: v.signed ?? false,
        status: v.status ?? (v.signed ? 'ACTIVE' : 'DRAFT'),
        terms: v.terms ?? null,
        value,
        owner_id: (v.ownerId as string | undefined) ?? caller.id,
      };
    });
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO contract (number, customer_id, signed_on, valid_from, valid_to, signed, status, terms,
                             value, amount, total, owner_id, created_by, import_job_id)
       SELECT x.number, x.customer_id, x.signed_on, x.valid_from, x.valid_to, x.signed, x.status, x.terms,
              x.value, x.value, x.value, x.owner_id, $2, $3
         FROM jsonb_to_recordset($1::jsonb) AS x(number text, customer_id uuid, signed_on date, valid_from date,
              valid_to date, signed boolean, status text, terms text, value bigint, owner_id uuid)
       RETURNING id`,
      [JSON.stringify(records), caller.id, this.options.jobId],
    );
    rows.forEach((r, i) => (r.existingId = inserted[i].id));
    await this.levels(
      m,
      rows.filter((r) => r.values.signed === true),
      rows.filter((r) => r.values.signed !== true),
    );
  }

  async update(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const patches = rows.map((r) => patchOf(r.values, UPDATABLE));
    for (const [i, r] of rows.entries()) {
      const patch = patches[i];
      const sets = Object.keys(patch).map((f, n) => `${COLUMN[f as keyof typeof COLUMN]} = $${n + 3}`);
      await m.query(
        `UPDATE contract SET ${[...sets, 'version = version + 1', 'updated_at = now()', 'import_job_id = $2'].join(', ')}
          WHERE id = $1`,
        [r.existingId, this.options.jobId, ...Object.values(patch)],
      );
    }
    await this.deps.audit.recordMany(
      m,
      rows.map((r, i) => ({
        action: 'IMPORT' as const,
        module: 'contracts' as const,
        recordId: r.existingId!,
        userId: this.options.caller.id,
        description: auditText('contract.update', { number: String(r.before?.number ?? r.values.number) }),
        changes: updatedChanges(r.before ?? {}, patches[i]),
      })),
    );
    await this.levels(
      m,
      rows.filter((r, i) => patches[i].signed === true && r.before?.signed !== true),
      [],
    );
  }

  /** CUS-03: signed contracts' customers become SIGNED; the others' NEW customers APPROACHED. */
  private async levels(m: EntityManager, signed: ImportRow[], others: ImportRow[]): Promise<void> {
    const caller = this.options.caller;
    if (others.length > 0) {
      await promoteCustomers(
        m,
        caller,
        [...new Set(others.map((r) => r.values.customerId as string))],
        byDocument('CONTRACT', auditText('contract.update', { number: String(others[0].values.number) })),
      );
    }
    await signCustomers(
      m,
      caller,
      new Map(signed.map((r) => [r.values.customerId as string, String(r.values.number)])),
    );
  }
}
