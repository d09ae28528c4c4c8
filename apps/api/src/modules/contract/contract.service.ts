import {
  AppError,
  CONTRACT_STATUS_LABEL,
  contractMachine,
  createContractSchema,
  parseInput,
  updateContractSchema,
  type FieldError,
} from '@sen/shared';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { FieldChanges } from '../../core/audit';
import type { AuthUser } from '../../core/caller';
import { sortColumns, whereBetween } from '../../core/listing';
import { drawDocumentNumbers } from '../../core/numbering';
import { UUID } from '../../core/sql';
import { resolveRecordOwner } from '../../core/users';
import { assertVersion } from '../../core/versioned';
import { SortDirection } from '../../graphql/connection';
import { assertContactKept, assertContactOf, assertCustomerField } from '../sales/document-access';
import { printableDocument, type DocumentPrinter } from '../sales/document-print';
import { DocumentService } from '../sales/document-service';
import { resolveLines, writeLines } from '../sales/line-store';
import { CONTRACT_OWNERSHIP } from '../sales/sales-document.service';
import { signCustomers } from './contract-signing';
import { Contract } from './contract.entity';
import {
  ContractSortField,
  type ContractFilter,
  type CreateContractInput,
  type UpdateContractInput,
} from './contract.inputs';

const SORT = sortColumns(ContractSortField, 'c', {
  SIGNED_ON: `coalesce(c.signed_on, '0001-01-01'::date)`,
  VALID_TO: `coalesce(c.valid_to, '9999-12-31'::date)`,
});

const AUDITED: (keyof Contract & string)[] = [
  'number',
  'customerId',
  'contactId',
  'quoteId',
  'opportunityId',
  'signedOn',
  'validFrom',
  'validTo',
  'signed',
  'status',
  'value',
  'terms',
  'ownerId',
];

interface InstalmentValue {
  id?: string | null;
  dueDate: string;
  amount: string;
}

/** A contract as printed: "HỢP ĐỒNG MUA BÁN", its validity, the parties, lines and totals, its terms. */
const printableContract: DocumentPrinter<Contract> = (m, c, company, locale) => {
  const en = locale === 'en';
  const meta: [string, string][] = [];
  if (c.validFrom || c.validTo) {
    meta.push([en ? 'Valid' : 'Hiệu lực', `${c.validFrom ?? '…'} → ${c.validTo ?? '…'}`]);
  }
  return printableDocument(
    m,
    {
      owner: 'contract',
      documentId: c.id,
      title: en ? 'SALES CONTRACT' : 'HỢP ĐỒNG MUA BÁN',
      number: c.number,
      date: c.signedOn ?? c.createdAt.toISOString().slice(0, 10),
      meta,
      customerId: c.customerId,
      contactId: c.contactId,
      notes: c.terms,
      signatures: en ? ['Party A (buyer)', 'Party B (seller)'] : ['Đại diện bên A', 'Đại diện bên B'],
    },
    company,
    locale,
  );
};

/** SAL-04 Hợp đồng: number (drawn or typed), lines or a value, the Đã ký tick, the payment schedule. */
export class ContractService extends DocumentService<Contract, ContractFilter, ContractSortField> {
  constructor(ds: DataSource) {
    super(
      ds,
      {
        target: Contract,
        ownership: CONTRACT_OWNERSHIP,
        module: 'contracts',
        key: 'contract',
        audited: AUDITED,
        alias: 'c',
        sorts: SORT,
        defaultOrder: { field: ContractSortField.CREATED_AT, direction: SortDirection.DESC },
        print: printableContract,
      },
      {
        afterDelete: async (m, rows) => {
          const [{ n }]: { n: number }[] = await m.query(
            `SELECT count(*)::int AS n FROM contract_instalment WHERE contract_id = ANY($1::uuid[]) AND received > 0`,
            [rows.map((r) => r.id)],
          );
          if (n > 0) {
            throw new AppError('BAD_USER_INPUT', { messageKey: 'invoice.hasReceipts' });
          }
        },
        beforeRestore: (m, rows) => this.assertNumbersFree(m, rows),
      },
    );
  }

  protected narrow(qb: SelectQueryBuilder<Contract>, filter: ContractFilter): void {
    if (filter.statuses?.length) {
      qb.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.signed !== undefined && filter.signed !== null) {
      qb.andWhere('c.signed = :fsigned', { fsigned: filter.signed });
    }
    whereBetween(qb, 'c.signed_on', filter.signedFrom, filter.signedTo);
    if (filter.expiringBefore) {
      qb.andWhere('c.valid_to <= :expiringBefore', { expiringBefore: filter.expiringBefore });
    }
  }

  async create(caller: AuthUser, input: CreateContractInput): Promise<Contract> {
    const values = parseInput(createContractSchema, input);
    return this.ds.transaction(async (m) => {
      const customer = await assertCustomerField(m, caller, values.customerId);
      await assertContactOf(m, customer.id, values.contactId);
      await this.assertLinks(m, customer.id, values.quoteId, values.opportunityId);
      const ownerId = await resolveRecordOwner(m, caller, values.ownerId);
      const lines = values.lines?.length ? await resolveLines(m, values.lines) : null;
      const status = values.status ?? 'DRAFT';
      if (status !== 'DRAFT' && status !== 'ACTIVE') {
        throw AppError.badInput([{ field: 'status', message: 'v.invalid' }]);
      }
      let number = values.number ?? null;
      if (number) {
        await this.assertNumberFree(m, number, null);
      } else {
        [number] = await drawDocumentNumbers(m, 'CONTRACT', { table: 'contract', column: 'number' });
      }
      const contract = await this.insert(
        m,
        caller,
        {
          number,
          customerId: customer.id,
          contactId: values.contactId ?? null,
          quoteId: values.quoteId ?? null,
          opportunityId: values.opportunityId ?? null,
          signedOn: values.signedOn ?? null,
          validFrom: values.validFrom ?? null,
          validTo: values.validTo ?? null,
          signed: values.signed ?? false,
          status,
          terms: values.terms ?? null,
          value: lines ? null : (values.value ?? '0'),
          ownerId,
        },
        customer,
        async (id) => {
          const total = await this.writeAmounts(m, id, lines, values.value ?? '0');
          await this.writeSchedule(m, id, values.instalments ?? [], total);
          return { instalments: { from: null, to: values.instalments ?? [] } };
        },
      );
      await this.levelAfter(
        m,
        caller,
        customer.id,
        number,
        Boolean(values.signed || values.moveToSignedGroup),
      );
      return contract;
    });
  }

  async update(caller: AuthUser, id: string, input: UpdateContractInput): Promise<Contract> {
    const values = parseInput(updateContractSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      assertVersion(before, values.version);
      const { version, lines: lineInput, instalments, moveToSignedGroup, ...fields } = values;
      if (before.status === 'LIQUIDATED' || before.status === 'CANCELLED') {
        throw new AppError('BAD_USER_INPUT', { messageKey: 'document.notEditable' });
      }
      if (fields.status && fields.status !== before.status) {
        contractMachine.assertTransition(before.status, fields.status);
      }
      const customerId = fields.customerId ?? before.customerId;
      if (fields.customerId && fields.customerId !== before.customerId) {
        await assertCustomerField(m, caller, fields.customerId);
        const [{ n }]: { n: number }[] = await m.query(
          `SELECT count(*)::int AS n FROM contract_instalment WHERE contract_id = $1 AND received > 0`,
          [id],
        );
        if (n > 0) {
          throw AppError.badInput([{ field: 'customerId', message: 'v.instalmentBelowReceived' }]);
        }
      }
      await assertContactKept(m, customerId, fields.contactId, before.contactId, Boolean(fields.customerId));
      await this.assertLinks(m, customerId, fields.quoteId, fields.opportunityId);
      if (fields.number && fields.number !== before.number) {
        await this.assertNumberFree(m, fields.number, id);
      }
      const validFrom = fields.validFrom !== undefined ? fields.validFrom : before.validFrom;
      const validTo = fields.validTo !== undefined ? fields.validTo : before.validTo;
      if (validFrom && validTo && validTo < validFrom) {
        throw AppError.badInput([{ field: 'validTo', message: 'v.validToBeforeFrom' }]);
      }
      if (fields.ownerId) {
        fields.ownerId = await resolveRecordOwner(m, caller, fields.ownerId);
      }
      const extra: FieldChanges = {};
      let total = BigInt(before.total);
      if (lineInput !== undefined || fields.value !== undefined) {
        const lines = lineInput?.length ? await resolveLines(m, lineInput) : null;
        const hadLines = before.value === null;
        const keepLines = lineInput === undefined && hadLines;
        if (!keepLines) {
          total = await this.writeAmounts(m, id, lines, fields.value ?? before.value ?? '0');
          (fields as { value?: string | null }).value = lines ? null : (fields.value ?? before.value ?? '0');
          if (before.total !== total.toString()) {
            extra.total = { from: before.total, to: total.toString() };
          }
        }
      }
      if (instalments) {
        extra.instalments = { from: null, to: instalments };
        await this.writeSchedule(m, id, instalments, total);
      } else {
        await this.assertScheduleWithin(m, id, total);
      }
      const after = await this.saveChange(m, caller, before, version, fields as Partial<Contract>, {
        extra,
        status: { from: before.status, to: fields.status, labels: CONTRACT_STATUS_LABEL },
      });
      const signedNow = (fields.signed === true && !before.signed) || moveToSignedGroup === true;
      if (signedNow || (fields.customerId && fields.customerId !== before.customerId)) {
        await this.levelAfter(m, caller, customerId, after.number, signedNow || after.signed);
      }
      return after;
    });
  }

  /** Lines (their totals by the shared function) or a plain value (its total, no VAT). */
  private async writeAmounts(
    m: EntityManager,
    id: string,
    lines: Awaited<ReturnType<typeof resolveLines>> | null,
    value: string,
  ): Promise<bigint> {
    if (lines) {
      return (await writeLines(m, 'contract', id, lines)).total;
    }
    await writeLines(m, 'contract', id, []);
    await m.query(`UPDATE contract SET amount = $2, discount = 0, vat = 0, total = $2 WHERE id = $1`, [
      id,
      value,
    ]);
    return BigInt(value);
  }

  /**
   * Replaces the payment schedule: an instalment named by id keeps what it received (and may not go
   * below it); one left out is removed unless money was received on it; the sum may not exceed
   * the contract's total.
   */
  private async writeSchedule(
    m: EntityManager,
    id: string,
    instalments: readonly InstalmentValue[],
    total: bigint,
  ): Promise<void> {
    const existing: { id: string; received: string }[] = await m.query(
      `SELECT id, received::text AS received FROM contract_instalment WHERE contract_id = $1 FOR UPDATE`,
      [id],
    );
    const byId = new Map(existing.map((e) => [e.id, e]));
    const errors: FieldError[] = [];
    const sum = instalments.reduce((s, i) => s + BigInt(i.amount), 0n);
    if (sum > total) {
      errors.push({ field: 'instalments', message: 'v.instalmentsAboveTotal' });
    }
    instalments.forEach((i, n) => {
      const e = i.id ? byId.get(i.id) : undefined;
      if (i.id && !e) {
        errors.push({ field: `instalments.${n}.id`, message: 'v.invalid' });
      } else if (e && BigInt(i.amount) < BigInt(e.received)) {
        errors.push({ field: `instalments.${n}.amount`, message: 'v.instalmentBelowReceived' });
      }
    });
    const kept = new Set(instalments.flatMap((i) => (i.id ? [i.id] : [])));
    if (existing.some((e) => !kept.has(e.id) && BigInt(e.received) > 0n)) {
      errors.push({ field: 'instalments', message: 'v.instalmentBelowReceived' });
    }
    if (errors.length > 0) {
      throw AppError.badInput(errors);
    }
    const removed = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
    if (removed.length > 0) {
      await m.query(`DELETE FROM contract_instalment WHERE id = ANY($1::uuid[])`, [removed]);
    }
    // Positions move out of the way first (the unique (contract, position) holds at each statement).
    await m.query(`UPDATE contract_instalment SET position = -position WHERE contract_id = $1`, [id]);
    for (const [n, i] of instalments.entries()) {
      if (i.id) {
        await m.query(
          `UPDATE contract_instalment SET position = $2, due_date = $3, amount = $4 WHERE id = $1`,
          [i.id, n + 1, i.dueDate, i.amount],
        );
      } else {
        await m.query(
          `INSERT INTO contract_instalment (contract_id, position, due_date, amount) VALUES ($1, $2, $3, $4)`,
          [id, n + 1, i.dueDate, i.amount],
        );
      }
    }
  }

  private async assertScheduleWithin(m: EntityManager, id: string, total: bigint): Promise<void> {
    const [{ sum }]: { sum: string }[] = await m.query(
      `SELECT coalesce(sum(amount), 0)::text AS sum FROM contract_instalment WHERE contract_id = $1`,
      [id],
    );
    if (BigInt(sum) > total) {
      throw AppError.badInput([{ field: 'instalments', message: 'v.instalmentsAboveTotal' }]);
    }
  }

  /** CUS-03: signing (or the "nhóm đã ký" tick) makes the customer SIGNED; otherwise NEW becomes APPROACHED. */
  private async levelAfter(
    m: EntityManager,
    caller: AuthUser,
    customerId: string,
    number: string,
    signed: boolean,
  ): Promise<void> {
    if (!signed) {
      await this.promote(m, caller, customerId, 'CONTRACT', number);
      return;
    }
    await signCustomers(m, caller, new Map([[customerId, number]]));
  }

  private async assertNumberFree(m: EntityManager, number: string, except: string | null): Promise<void> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM contract WHERE number = $1 AND deleted_at IS NULL AND id IS DISTINCT FROM $2`,
      [number, except],
    );
    if (rows.length > 0) {
      throw AppError.badInput([{ field: 'number', message: 'v.numberTaken' }]);
    }
  }

  private async assertNumbersFree(m: EntityManager, rows: Contract[]): Promise<void> {
    for (const r of rows) {
      await this.assertNumberFree(m, r.number, r.id);
    }
  }

  /** A quote or opportunity of the same customer (or none). */
  private async assertLinks(
    m: EntityManager,
    customerId: string,
    quoteId: string | null | undefined,
    opportunityId: string | null | undefined,
  ): Promise<void> {
    for (const [table, field, value] of [
      ['quote', 'quoteId', quoteId],
      ['opportunity', 'opportunityId', opportunityId],
    ] as const) {
      if (!value) {
        continue;
      }
      const rows: unknown[] = UUID.test(value)
        ? await m.query(`SELECT 1 FROM ${table} WHERE id = $1 AND customer_id = $2 AND deleted_at IS NULL`, [
            value,
            customerId,
          ])
        : [];
      if (rows.length === 0) {
        throw AppError.badInput([{ field, message: 'v.invalid' }]);
      }
    }
  }
}
