import { createReceiptSchema, formatNumberVi, parseInput, updateReceiptSchema } from '@sen/shared';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { writeAudit } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { drawDocumentNumbers } from '../../core/numbering';
import { validIds } from '../../core/sql';
import { resolveRecordOwner } from '../../core/users';
import { assertVersion } from '../../core/versioned';
import { SortDirection } from '../../graphql/connection';
import { assertCustomerField } from '../sales/document-access';
import { DocumentService } from '../sales/document-service';
import { RECEIPT_OWNERSHIP } from '../sales/document-access';
import { applyAllocations, type Allocation } from './receipt-apply';
import { Receipt, ReceiptAllocation } from './receipt.entity';
import {
  ReceiptSortField,
  type CreateReceiptInput,
  type ReceiptFilter,
  type UpdateReceiptInput,
} from './receipt.inputs';
import { sortColumns } from '../../core/listing';

const SORT = sortColumns(ReceiptSortField, 'r');

interface AllocationRow {
  id: string;
  receipt_id: string;
  invoice_id: string | null;
  order_id: string | null;
  instalment_id: string | null;
  amount: string;
}

const allocationOf = (r: AllocationRow) =>
  Object.assign(new ReceiptAllocation(), {
    id: r.id,
    receiptId: r.receipt_id,
    invoiceId: r.invoice_id,
    orderId: r.order_id,
    instalmentId: r.instalment_id,
    amount: r.amount,
  });

/** The allocations of many receipts, in their order on each receipt. */
export async function readAllocations(
  m: Pick<EntityManager, 'query'>,
  receiptIds: readonly string[],
): Promise<ReceiptAllocation[]> {
  const rows: AllocationRow[] = await m.query(
    `SELECT id, receipt_id, invoice_id, order_id, instalment_id, amount::text AS amount
       FROM receipt_allocation WHERE receipt_id = ANY($1::uuid[]) ORDER BY receipt_id, position`,
    [receiptIds],
  );
  return rows.map(allocationOf);
}

/** A receipt's allocations, in the order given. */
async function insertAllocations(
  m: EntityManager,
  receiptId: string,
  allocations: readonly Allocation[],
): Promise<void> {
  if (allocations.length === 0) {
    return;
  }
  await m.query(
    `INSERT INTO receipt_allocation (receipt_id, position, invoice_id, order_id, instalment_id, amount)
     SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::uuid[], $5::uuid[], $6::bigint[])`,
    [
      receiptId,
      allocations.map((_, i) => i + 1),
      allocations.map((a) => a.invoiceId ?? null),
      allocations.map((a) => a.orderId ?? null),
      allocations.map((a) => a.instalmentId ?? null),
      allocations.map((a) => a.amount),
    ],
  );
}

/** An allocation as the audit log holds it: its one target and the amount. */
const audited = (list: readonly Allocation[]) =>
  list.map((a) => ({
    ...(a.invoiceId
      ? { invoiceId: a.invoiceId }
      : a.orderId
        ? { orderId: a.orderId }
        : { instalmentId: a.instalmentId }),
    amount: a.amount,
  }));

const asAllocations = (rows: ReceiptAllocation[]): Allocation[] =>
  rows.map((a) => ({
    invoiceId: a.invoiceId,
    orderId: a.orderId,
    instalmentId: a.instalmentId,
    amount: a.amount,
  }));

/** SAL-07 Phiếu thu: what a customer paid, and which documents it paid. */
export class ReceiptService extends DocumentService<Receipt, ReceiptFilter, ReceiptSortField> {
  constructor(ds: DataSource) {
    // A receipt in the trash pays nothing: its allocations are taken back from their documents;
    // restoring it pays them again, and is refused when that would over-pay one.
    super(
      ds,
      {
        target: Receipt,
        ownership: RECEIPT_OWNERSHIP,
        module: 'receipts',
        key: 'receipt',
        alias: 'r',
        audited: ['date', 'customerId', 'amount', 'method', 'note', 'ownerId'],
        sorts: SORT,
        defaultOrder: { field: ReceiptSortField.DATE, direction: SortDirection.DESC },
      },
      {
        afterDelete: async (m, rows, caller) => {
          for (const r of rows) {
            await applyAllocations(m, caller, r, asAllocations(await readAllocations(m, [r.id])), -1);
          }
        },
        afterRestore: async (m, rows, caller) => {
          for (const r of rows) {
            await applyAllocations(m, caller, r, asAllocations(await readAllocations(m, [r.id])), 1);
          }
        },
      },
    );
  }

  protected narrow(qb: SelectQueryBuilder<Receipt>, filter: ReceiptFilter): void {
    const paying = (sql: string, key: 'invoiceId' | 'orderId' | 'contractId') => {
      const id = filter[key];
      if (id) {
        qb.andWhere(`EXISTS (SELECT 1 FROM receipt_allocation a ${sql})`, {
          [`f_${key}`]: validIds([id])[0],
        });
      }
    };
    paying('WHERE a.receipt_id = r.id AND a.invoice_id = :f_invoiceId', 'invoiceId');
    paying('WHERE a.receipt_id = r.id AND a.order_id = :f_orderId', 'orderId');
    paying(
      `JOIN contract_instalment ci ON ci.id = a.instalment_id
        WHERE a.receipt_id = r.id AND ci.contract_id = :f_contractId`,
      'contractId',
    );
    if (filter.methods?.length) {
      qb.andWhere('r.method IN (:...methods)', { methods: filter.methods });
    }
  }

  /**
   * API.md `createReceipt`: the receipt, its allocations, and what they pay, in one transaction.
   * Bad input (an allocation above a document's outstanding, allocations above the amount, a
   * document of another customer or not payable) is BAD_USER_INPUT and nothing is written.
   */
  async create(caller: AuthUser, input: CreateReceiptInput): Promise<Receipt> {
    const values = parseInput(createReceiptSchema, input);
    return this.ds.transaction(async (m) => {
      const customer = await assertCustomerField(m, caller, values.customerId);
      const ownerId = await resolveRecordOwner(m, caller, values.ownerId);
      const [number] = await drawDocumentNumbers(m, 'RECEIPT', { table: 'receipt', column: 'number' });
      await applyAllocations(m, caller, { number, customerId: customer.id }, values.allocations, 1);
      const inserted = await m.insert(Receipt, {
        number,
        date: values.date,
        customerId: customer.id,
        amount: values.amount,
        method: values.method ?? null,
        note: values.note ?? null,
        ownerId,
        createdBy: caller.id,
      });
      const id = inserted.identifiers[0].id as string;
      await insertAllocations(m, id, values.allocations);
      await writeAudit(m, [
        {
          action: 'CREATE',
          module: 'receipts',
          recordId: id,
          userId: caller.id,
          description: auditText('receipt.create', {
            number,
            customer: customer.name,
            amount: formatNumberVi(values.amount),
          }),
          changes: {
            number: { from: null, to: number },
            customerId: { from: null, to: customer.id },
            amount: { from: null, to: values.amount },
            allocations: { from: null, to: values.allocations },
          },
        },
      ]);
      return m.findOneByOrFail(Receipt, { id });
    });
  }

  /**
   * `updateReceipt` (version-checked): its fields, and its allocations replaced as a whole. What
   * they paid before is taken back and the new ones paid, each document moving by the difference
   * under the same locks as a new receipt; a refusal (as for `createReceipt`) writes nothing.
   */
  async update(caller: AuthUser, id: string, input: UpdateReceiptInput): Promise<Receipt> {
    const values = parseInput(updateReceiptSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      assertVersion(before, values.version);
      const customer = await assertCustomerField(m, caller, values.customerId);
      const ownerId = values.ownerId ? await resolveRecordOwner(m, caller, values.ownerId) : before.ownerId;
      const previous = asAllocations(await readAllocations(m, [id]));
      await applyAllocations(
        m,
        caller,
        { number: before.number, customerId: customer.id },
        values.allocations,
        1,
        previous,
      );
      await m.query(`DELETE FROM receipt_allocation WHERE receipt_id = $1`, [id]);
      await insertAllocations(m, id, values.allocations);
      const moved = JSON.stringify(audited(previous)) !== JSON.stringify(audited(values.allocations));
      return this.saveChange(
        m,
        caller,
        before,
        values.version,
        {
          date: values.date,
          customerId: customer.id,
          amount: values.amount,
          method: (values.method ?? null) as Receipt['method'],
          note: values.note ?? null,
          ownerId,
        },
        moved ? { extra: { allocations: { from: audited(previous), to: audited(values.allocations) } } } : {},
      );
    });
  }
}
