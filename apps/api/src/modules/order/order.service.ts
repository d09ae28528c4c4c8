import {
  AppError,
  computeTotals,
  createOrderSchema,
  formatDateVi,
  ORDER_STATUS_LABEL,
  orderMachine,
  parseInput,
  paymentStatus,
  updateOrderSchema,
} from '@sen/shared';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { type FieldChanges } from '../../core/audit';
import type { AuthUser } from '../../core/caller';
import { sortColumns, whereIds } from '../../core/listing';
import { drawDocumentNumbers } from '../../core/numbering';
import { resolveRecordOwner } from '../../core/users';
import { assertVersion } from '../../core/versioned';
import { SortDirection } from '../../graphql/connection';
import { QUOTE_OWNERSHIP } from '../quote/quote.service';
import {
  assertContactKept,
  assertContactOf,
  assertCustomerField,
  assertLinkedOf,
  lineChanges,
} from '../sales/document-access';
import { printableDocument, type DocumentPrinter } from '../sales/document-print';
import { DocumentService } from '../sales/document-service';
import { resolveLines, writeLines } from '../sales/line-store';
import { paidThroughInvoices } from '../sales/order-payment';
import { CONTRACT_OWNERSHIP, ORDER_OWNERSHIP } from '../sales/sales-document.service';
import { Order } from './order.entity';
import {
  OrderSortField,
  type CreateOrderInput,
  type OrderFilter,
  type UpdateOrderInput,
} from './order.inputs';

const SORT = sortColumns(OrderSortField, 'o', {
  DELIVERY_DATE: `coalesce(o.delivery_date, '9999-12-31'::date)`,
});

const AUDITED: (keyof Order & string)[] = [
  'number',
  'date',
  'customerId',
  'contactId',
  'quoteId',
  'contractId',
  'deliveryAddress',
  'deliveryDate',
  'status',
  'paymentStatus',
  'notes',
  'ownerId',
];

const PRINT = {
  vi: {
    title: 'ĐƠN ĐẶT HÀNG',
    deliveryDate: 'Ngày giao hàng',
    deliveryAddress: 'Địa chỉ giao hàng',
    signatures: ['Khách hàng', 'Người lập đơn'],
  },
  en: {
    title: 'SALES ORDER',
    deliveryDate: 'Delivery date',
    deliveryAddress: 'Delivery address',
    signatures: ['Customer', 'Prepared by'],
  },
};

/** An order as printed: "ĐƠN ĐẶT HÀNG", its delivery, the buyer, lines and totals. */
const printableOrder: DocumentPrinter<Order> = (m, o, company, locale) => {
  const t = PRINT[locale];
  const meta: [string, string][] = [];
  if (o.deliveryDate) {
    meta.push([t.deliveryDate, formatDateVi(o.deliveryDate)]);
  }
  if (o.deliveryAddress) {
    meta.push([t.deliveryAddress, o.deliveryAddress]);
  }
  return printableDocument(
    m,
    {
      owner: 'order',
      documentId: o.id,
      title: t.title,
      number: o.number,
      date: o.date,
      meta,
      customerId: o.customerId,
      contactId: o.contactId,
      notes: o.notes,
      signatures: t.signatures,
    },
    company,
    locale,
  );
};

/**
 * SAL-05 Đơn hàng: lines with totals by the shared function, delivery, status (Mới → Đang xử lý →
 * Đã giao, or Hủy), and a payment status that only its receipts move (receipt-apply.ts).
 */
export class OrderService extends DocumentService<Order, OrderFilter, OrderSortField> {
  constructor(ds: DataSource) {
    super(
      ds,
      {
        target: Order,
        ownership: ORDER_OWNERSHIP,
        module: 'orders',
        key: 'order',
        audited: AUDITED,
        alias: 'o',
        sorts: SORT,
        defaultOrder: { field: OrderSortField.DATE, direction: SortDirection.DESC },
        print: printableOrder,
      },
      {
        // An order with money on it stays: its receipts go first.
        afterDelete: async (_m, rows) => {
          if (rows.some((r) => BigInt(r.received) > 0n)) {
            throw new AppError('BAD_USER_INPUT', { messageKey: 'order.hasReceipts' });
          }
        },
      },
    );
  }

  protected narrow(qb: SelectQueryBuilder<Order>, filter: OrderFilter): void {
    if (filter.statuses?.length) {
      qb.andWhere('o.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.paymentStatuses?.length) {
      qb.andWhere('o.payment_status IN (:...paymentStatuses)', { paymentStatuses: filter.paymentStatuses });
    }
    whereIds(qb, filter, { quoteId: 'o.quote_id', contractId: 'o.contract_id' });
  }

  async create(caller: AuthUser, input: CreateOrderInput): Promise<Order> {
    const values = parseInput(createOrderSchema, input);
    return this.ds.transaction(async (m) => {
      const customer = await assertCustomerField(m, caller, values.customerId);
      await assertContactOf(m, customer.id, values.contactId);
      await assertLinkedOf(m, caller, QUOTE_OWNERSHIP, 'quoteId', values.quoteId, customer.id);
      await assertLinkedOf(m, caller, CONTRACT_OWNERSHIP, 'contractId', values.contractId, customer.id);
      const ownerId = await resolveRecordOwner(m, caller, values.ownerId);
      const lines = await resolveLines(m, values.lines);
      const [number] = await drawDocumentNumbers(m, 'ORDER', { table: 'sales_order', column: 'number' });
      const order = await this.insert(
        m,
        caller,
        {
          number,
          date: values.date,
          customerId: customer.id,
          contactId: values.contactId ?? null,
          quoteId: values.quoteId ?? null,
          contractId: values.contractId ?? null,
          deliveryAddress: values.deliveryAddress ?? null,
          deliveryDate: values.deliveryDate ?? null,
          status: 'NEW',
          notes: values.notes ?? null,
          ownerId,
        },
        customer,
        async (id) => {
          await writeLines(m, 'order', id, lines);
          return { lines: { from: null, to: lines.length } };
        },
      );
      await this.promote(m, caller, customer.id, 'ORDER', number);
      return order;
    });
  }

  /**
   * A new or processing order is edited; a delivered or cancelled one is final. Its lines may not
   * bring the total below what its receipts brought, and the payment status follows the new total.
   */
  async update(caller: AuthUser, id: string, input: UpdateOrderInput): Promise<Order> {
    const values = parseInput(updateOrderSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      assertVersion(before, values.version);
      if (before.status === 'DELIVERED' || before.status === 'CANCELLED') {
        throw new AppError('BAD_USER_INPUT', { messageKey: 'document.notEditable' });
      }
      const { version, lines: lineInput, ...fields } = values;
      if (fields.status && fields.status !== before.status) {
        orderMachine.assertTransition(before.status, fields.status);
        if (fields.status === 'CANCELLED' && BigInt(before.received) > 0n) {
          throw new AppError('BAD_USER_INPUT', { messageKey: 'order.hasReceipts' });
        }
      }
      const customerId = fields.customerId ?? before.customerId;
      const customerChanged = Boolean(fields.customerId && fields.customerId !== before.customerId);
      if (customerChanged) {
        if (BigInt(before.received) > 0n) {
          throw AppError.badInput([{ field: 'customerId', message: 'v.totalBelowReceived' }]);
        }
        await assertCustomerField(m, caller, customerId);
      }
      await assertContactKept(m, customerId, fields.contactId, before.contactId, customerChanged);
      for (const [key, ownership] of [
        ['quoteId', QUOTE_OWNERSHIP],
        ['contractId', CONTRACT_OWNERSHIP],
      ] as const) {
        if (fields[key] !== undefined || customerChanged) {
          await assertLinkedOf(
            m,
            caller,
            ownership,
            key,
            fields[key] !== undefined ? fields[key] : before[key],
            customerId,
          );
        }
      }
      if (fields.ownerId) {
        fields.ownerId = await resolveRecordOwner(m, caller, fields.ownerId);
      }
      let extra: FieldChanges = {};
      const patch: Partial<Order> = { ...(fields as Partial<Order>) };
      if (lineInput) {
        const lines = await resolveLines(m, lineInput);
        // Checked before the row is written (its received ≤ total constraint would fail the statement).
        if (computeTotals(lines).total < BigInt(before.received)) {
          throw AppError.badInput([{ field: 'lines', message: 'v.totalBelowReceived' }]);
        }
        const totals = await writeLines(m, 'order', id, lines);
        extra = lineChanges(before, totals, lines.length);
        patch.paymentStatus = paymentStatus(
          BigInt(before.received) + (await paidThroughInvoices(m, id)),
          totals.total,
        );
      }
      const after = await this.saveChange(m, caller, before, version, patch, {
        extra,
        status: { from: before.status, to: fields.status, labels: ORDER_STATUS_LABEL },
      });
      if (customerChanged) {
        await this.promote(m, caller, customerId, 'ORDER', after.number);
      }
      return after;
    });
  }
}
