import { createReceiptSchema, formatNumberVi, parseInput } from '@sen/shared';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { writeAudit } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { drawDocumentNumbers } from '../../core/numbering';
import { validIds } from '../../core/sql';
import { resolveRecordOwner } from '../../core/users';
import { SortDirection } from '../../graphql/connection';
import { assertCustomerField } from '../sales/document-access';
import { DocumentService } from '../sales/document-service';
import { RECEIPT_OWNERSHIP } from '../sales/sales-document.service';
import { applyAllocations, type Allocation } from './receipt-apply';
import { Receipt, ReceiptAllocation } from './receipt.entity';
import { ReceiptSortField, type CreateReceiptInput, type ReceiptFilter } from './receipt.inputs';

const SORT: Record<ReceiptSortField, string> = {
  [ReceiptSortField.DATE]: 'r.date',
  [ReceiptSortField.NUMBER]: 'r.number',
  [ReceiptSortField.AMOUNT]: 'r.amount',
  [ReceiptSortField.CREATED_AT]: 'r.created_at',
};

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
      if (values.allocations.length > 0) {
        await m.query(
          `INSERT INTO receipt_allocation (receipt_id, position, invoice_id, order_id, instalment_id, amount)
           SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::uuid[], $5::uuid[], $6::bigint[])`,
          [
            id,
            values.allocations.map((_, i) => i + 1),
            values.allocations.map((a) => a.invoiceId ?? null),
            values.allocations.map((a) => a.orderId ?? null),
            values.allocations.map((a) => a.instalmentId ?? null),
            values.allocations.map((a) => a.amount),
          ],
        );
      }
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
}
