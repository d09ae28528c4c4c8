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
  type Locale,
} from '@sen/shared';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { diffChanges, writeAudit, type FieldChanges } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { drawDocumentNumbers } from '../../core/numbering';
import type { PrintableDocument, PrintCompany } from '../../core/print/printable';
import { scopeOwned } from '../../core/scope';
import { containsFolded, validIds } from '../../core/sql';
import { RecordTrash } from '../../core/trash';
import { resolveRecordOwner } from '../../core/users';
import { assertVersion, updateVersioned } from '../../core/versioned';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import { byDocument, promoteCustomers } from '../customer/customer-promotion';
import { QUOTE_OWNERSHIP } from '../quote/quote.service';
import {
  assertContactOf,
  assertCustomerField,
  assertLinkedOf,
  documentForView,
  lineChanges,
  lockDocumentForWork,
} from '../sales/document-access';
import { printableDocument } from '../sales/document-print';
import { resolveLines, writeLines } from '../sales/line-store';
import { CONTRACT_OWNERSHIP, ORDER_OWNERSHIP } from '../sales/sales-document.service';
import { Order } from './order.entity';
import {
  OrderSortField,
  type CreateOrderInput,
  type OrderFilter,
  type OrderOrder,
  type UpdateOrderInput,
} from './order.inputs';

const SORT: Record<OrderSortField, string> = {
  [OrderSortField.DATE]: 'o.date',
  [OrderSortField.NUMBER]: 'o.number',
  [OrderSortField.TOTAL]: 'o.total',
  [OrderSortField.DELIVERY_DATE]: `coalesce(o.delivery_date, '9999-12-31'::date)`,
  [OrderSortField.CREATED_AT]: 'o.created_at',
};

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

/**
 * SAL-05 Đơn hàng: lines with totals by the shared function, delivery, status (Mới → Đang xử lý →
 * Đã giao, or Hủy), and a payment status that only its receipts move (receipt-apply.ts).
 */
export class OrderService {
  readonly trash: RecordTrash<Order>;

  constructor(private readonly ds: DataSource) {
    this.trash = new RecordTrash(
      ds,
      {
        ownership: ORDER_OWNERSHIP,
        target: Order,
        module: 'orders',
        text: (action, o) => auditText(`order.${action}`, { number: o.number }),
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

  list(caller: AuthUser, filter: OrderFilter = {}, orderBy: OrderOrder[] = [], page: PageArgs) {
    const order = orderBy[0] ?? { field: OrderSortField.DATE, direction: SortDirection.DESC };
    return paginate(this.filtered(caller, filter), page, {
      expression: SORT[order.field],
      direction: order.direction,
    });
  }

  /** The orders the caller sees that match a filter, as a query over `sales_order o`. */
  filtered(caller: AuthUser, filter: OrderFilter): SelectQueryBuilder<Order> {
    const qb = this.ds.getRepository(Order).createQueryBuilder('o');
    qb.where(filter.deleted ? 'o.deleted_at IS NOT NULL' : 'o.deleted_at IS NULL');
    scopeOwned(qb, 'o', caller, ORDER_OWNERSHIP, filter.deleted ? 'manage' : 'view');
    if (filter.search?.trim()) {
      qb.andWhere('o.search_text LIKE :search', { search: containsFolded(filter.search.trim()) });
    }
    if (filter.statuses?.length) {
      qb.andWhere('o.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.paymentStatuses?.length) {
      qb.andWhere('o.payment_status IN (:...paymentStatuses)', { paymentStatuses: filter.paymentStatuses });
    }
    for (const [key, column] of [
      ['customerId', 'customer_id'],
      ['quoteId', 'quote_id'],
      ['contractId', 'contract_id'],
    ] as const) {
      const value = filter[key];
      if (value) {
        qb.andWhere(`o.${column} = :f_${key}`, { [`f_${key}`]: validIds([value])[0] });
      }
    }
    if (filter.ownerIds?.length) {
      qb.andWhere('o.owner_id IN (:...ownerIds)', { ownerIds: validIds(filter.ownerIds) });
    }
    if (filter.dateFrom) {
      qb.andWhere('o.date >= :dateFrom', { dateFrom: filter.dateFrom });
    }
    if (filter.dateTo) {
      qb.andWhere('o.date <= :dateTo', { dateTo: filter.dateTo });
    }
    return qb;
  }

  byId(caller: AuthUser, id: string): Promise<Order> {
    return documentForView(this.ds.manager, caller, ORDER_OWNERSHIP, Order, id);
  }

  /** The order laid out for print, after the same access check as reading it. */
  async printable(
    caller: AuthUser,
    id: string,
    locale: Locale,
    company: () => Promise<PrintCompany>,
  ): Promise<PrintableDocument> {
    const o = await this.byId(caller, id);
    const t = PRINT[locale];
    const meta: [string, string][] = [];
    if (o.deliveryDate) {
      meta.push([t.deliveryDate, formatDateVi(o.deliveryDate)]);
    }
    if (o.deliveryAddress) {
      meta.push([t.deliveryAddress, o.deliveryAddress]);
    }
    return printableDocument(
      this.ds.manager,
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
      await company(),
      locale,
    );
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
      const inserted = await m.insert(Order, {
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
        createdBy: caller.id,
      });
      const id = inserted.identifiers[0].id as string;
      const totals = await writeLines(m, 'order', id, lines);
      const order = await m.findOneByOrFail(Order, { id });
      await writeAudit(m, [
        {
          action: 'CREATE',
          module: 'orders',
          recordId: id,
          userId: caller.id,
          description: auditText('order.create', { number, customer: customer.name }),
          changes: {
            ...diffChanges({} as Order, order, AUDITED),
            lines: { from: null, to: lines.length },
            total: { from: null, to: totals.total.toString() },
          },
        },
      ]);
      await promoteCustomers(
        m,
        caller,
        [customer.id],
        byDocument('ORDER', auditText('order.update', { number })),
      );
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
      const before = await lockDocumentForWork(m, caller, ORDER_OWNERSHIP, Order, id);
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
      if (fields.contactId !== undefined || customerChanged) {
        await assertContactOf(
          m,
          customerId,
          fields.contactId !== undefined ? fields.contactId : before.contactId,
        );
      }
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
        patch.paymentStatus = paymentStatus(BigInt(before.received), totals.total);
      }
      const { after } = await updateVersioned(m, {
        target: Order,
        before,
        version,
        patch,
        audit: {
          module: 'orders',
          userId: caller.id,
          fields: AUDITED,
          extra,
          action: () => (fields.status && fields.status !== before.status ? 'STATUS_CHANGE' : 'UPDATE'),
          describe: (o) =>
            fields.status && fields.status !== before.status
              ? auditText('order.status', {
                  number: o.number,
                  from: ORDER_STATUS_LABEL[before.status],
                  to: ORDER_STATUS_LABEL[fields.status],
                })
              : auditText('order.update', { number: o.number }),
        },
      });
      if (customerChanged) {
        await promoteCustomers(
          m,
          caller,
          [customerId],
          byDocument('ORDER', auditText('order.update', { number: after.number })),
        );
      }
      return after;
    });
  }

  /** The order, locked, for a change by its owner's side. */
  lockForWork(m: EntityManager, caller: AuthUser, id: string): Promise<Order> {
    return lockDocumentForWork(m, caller, ORDER_OWNERSHIP, Order, id);
  }
}
