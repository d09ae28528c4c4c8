import {
  AppError,
  cancelInvoiceSchema,
  createInvoiceSchema,
  INVOICE_STATUS_LABEL,
  invoiceMachine,
  parseInput,
  updateInvoiceSchema,
  type InvoiceStatus,
} from '@sen/shared';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { type FieldChanges } from '../../core/audit';
import { auditText, type AuditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { sortColumns, sortedPage, whereIds, type ListOrder } from '../../core/listing';
import { drawDocumentNumbers } from '../../core/numbering';
import { assertInScope, type Ownership } from '../../core/scope';
import { resolveRecordOwner } from '../../core/users';
import { assertVersion } from '../../core/versioned';
import { SortDirection, type PageArgs } from '../../graphql/connection';
import { rawHydrator } from '../../graphql/hydrate';
import { filterKey, type CountCache } from '../../graphql/count-cache';
import { assertCustomerField } from '../sales/document-access';
import { DocumentService } from '../sales/document-service';
import { copyLines, readLines, resolveLines, writeLines, type LineOwner } from '../sales/line-store';
import { CONTRACT_OWNERSHIP, INVOICE_OWNERSHIP, ORDER_OWNERSHIP } from '../sales/sales-document.service';
import { printableInvoice } from './invoice-print';
import { Customer } from '../customer/customer.entity';
import { User } from '../user/user.entity';
import { Invoice } from './invoice.entity';
import {
  InvoiceSortField,
  type CreateInvoiceInput,
  type InvoiceFilter,
  type UpdateInvoiceInput,
} from './invoice.inputs';

const SORT = sortColumns(InvoiceSortField, 'i', {
  DUE_DATE: `coalesce(i.due_date, i.date)`,
});

const AUDITED: (keyof Invoice & string)[] = [
  'number',
  'date',
  'dueDate',
  'customerId',
  'contractId',
  'orderId',
  'paymentMethod',
  'status',
  'notes',
  'eInvoiceSymbol',
  'eInvoiceNumber',
  'ownerId',
];

/** What an issued invoice still lets one change: the e-invoice reference and the notes. */
const AFTER_ISSUE = new Set(['eInvoiceSymbol', 'eInvoiceNumber', 'notes', 'version']);

const BUYER_SQL = `SELECT name, tax_code, coalesce(business_address, office_address) AS address FROM customer WHERE id = $1`;

/** The audit of an issue or a cancel: the status and the buyer's copy, the status named in Vietnamese. */
const statusAudit = (from: InvoiceStatus, to: InvoiceStatus, describe: (i: Invoice) => AuditText) => ({
  fields: ['status', 'cancelReason', 'buyerName', 'buyerTaxCode', 'buyerAddress'] as (keyof Invoice &
    string)[],
  action: () => 'STATUS_CHANGE' as const,
  describe,
  extra: { status: { from: INVOICE_STATUS_LABEL[from].vi, to: INVOICE_STATUS_LABEL[to].vi } },
});

/** SAL-06 Hóa đơn: from a customer, a contract or an order; issue freezes it; receipts pay it. */
export class InvoiceService extends DocumentService<Invoice, InvoiceFilter, InvoiceSortField> {
  private readonly fromRaw: (raw: Record<string, unknown>) => Invoice;
  private readonly customerFromRaw: (raw: Record<string, unknown>) => Customer;
  private readonly ownerFromRaw: (raw: Record<string, unknown>) => User;

  /** `counts`: the server's count cache, which its writes invalidate (see `CountCache`). */
  constructor(
    ds: DataSource,
    private readonly counts: CountCache,
  ) {
    super(
      ds,
      {
        target: Invoice,
        ownership: INVOICE_OWNERSHIP,
        module: 'invoices',
        key: 'invoice',
        audited: AUDITED,
        alias: 'i',
        sorts: SORT,
        defaultOrder: { field: InvoiceSortField.DATE, direction: SortDirection.DESC },
        // Its own number, or the number of the contract it was made from.
        search: `(i.search_text LIKE :search OR i.contract_id IN (SELECT sc.id FROM contract sc WHERE sc.search_text LIKE :search))`,
        print: printableInvoice,
      },
      {
        // An invoice with money on it stays: its receipts go to the trash first.
        afterDelete: async (_m, rows) => {
          if (rows.some((r) => BigInt(r.received) > 0n)) {
            throw new AppError('BAD_USER_INPUT', { messageKey: 'invoice.hasReceipts' });
          }
        },
      },
    );
    this.fromRaw = rawHydrator(ds, Invoice, 'i');
    this.customerFromRaw = rawHydrator(ds, Customer, 'lc');
    this.ownerFromRaw = rawHydrator(ds, User, 'lu');
  }

  /**
   * The list: its page built from the raw rows (TypeORM's transformer took longer than the rows'
   * SQL) with each row's customer and owner, which the resolver hands to the request's loaders
   * (the documents' customer loader does not narrow by scope either: the document's customer comes
   * with it), its count kept a few seconds per caller's scope and filter (the count of a quarter's
   * issued invoices outlasts the page: paging through it, or coming back to it, counts once).
   */
  override async list(
    caller: AuthUser,
    filter: InvoiceFilter = {},
    orderBy: ListOrder<InvoiceSortField>[] = [],
    page: PageArgs,
  ) {
    const connection = await sortedPage(
      this.filtered(caller, filter),
      page,
      SORT,
      orderBy,
      this.kind.defaultOrder,
      {
        hydrate: this.fromRaw,
        // Planning it took longer than running it; a text search's best plan depends on its pattern.
        prepare: !filter.search?.trim(),
        // Each row's customer and owner with it (every screen of the list shows them).
        pageOnly: (qb) =>
          qb
            .leftJoinAndSelect(Customer, 'lc', 'lc.id = i.customer_id')
            .leftJoinAndSelect(User, 'lu', 'lu.id = i.owner_id'),
      },
    );
    const customers = new Map<string, Customer>();
    const owners = new Map<string, User>();
    for (const raw of connection.raw) {
      if (raw.lc_id) {
        customers.set(raw.lc_id as string, this.customerFromRaw(raw));
      }
      if (raw.lu_id) {
        owners.set(raw.lu_id as string, this.ownerFromRaw(raw));
      }
    }
    const counts = this.counts;
    const key = `invoices:${filterKey(filter)}`;
    return {
      ...connection,
      customers: [...customers.values()],
      owners: [...owners.values()],
      totalCount: () => counts.get(caller, key, connection.totalCount),
      countInfo: () => counts.get(caller, `${key}:info`, connection.countInfo),
    };
  }

  protected narrow(qb: SelectQueryBuilder<Invoice>, filter: InvoiceFilter): void {
    if (filter.statuses?.length) {
      qb.andWhere('i.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.unpaidOnly) {
      qb.andWhere(`i.status IN ('ISSUED', 'PARTIAL')`);
    }
    whereIds(qb, filter, { contractId: 'i.contract_id', orderId: 'i.order_id' });
  }

  async create(caller: AuthUser, input: CreateInvoiceInput): Promise<Invoice> {
    const values = parseInput(createInvoiceSchema, input);
    return this.ds.transaction(async (m) => {
      const source = values.contractId
        ? await this.source(m, caller, 'contract', 'contractId', CONTRACT_OWNERSHIP, values.contractId)
        : values.orderId
          ? await this.source(m, caller, 'order', 'orderId', ORDER_OWNERSHIP, values.orderId)
          : null;
      if (source && values.customerId && values.customerId !== source.customerId) {
        throw AppError.badInput([{ field: 'customerId', message: 'v.invalid' }]);
      }
      const customer = await assertCustomerField(m, caller, source?.customerId ?? values.customerId!);
      const lines = values.lines ? await resolveLines(m, values.lines) : null;
      if (!lines && source && !source.hasLines) {
        throw AppError.badInput([{ field: 'lines', message: 'v.linesRequired' }]);
      }
      const ownerId = await resolveRecordOwner(m, caller, values.ownerId);
      const [number] = await drawDocumentNumbers(m, 'INVOICE', { table: 'invoice', column: 'number' });
      const [buyer]: { name: string; tax_code: string | null; address: string | null }[] = await m.query(
        BUYER_SQL,
        [customer.id],
      );
      const invoice = await this.insert(
        m,
        caller,
        {
          number,
          date: values.date,
          dueDate: values.dueDate ?? null,
          customerId: customer.id,
          contactId: source?.contactId ?? null,
          contractId: values.contractId ?? null,
          orderId: values.orderId ?? null,
          buyerName: buyer.name,
          buyerTaxCode: buyer.tax_code,
          buyerAddress: buyer.address,
          paymentMethod: values.paymentMethod ?? null,
          status: 'DRAFT',
          notes: values.notes ?? null,
          eInvoiceSymbol: values.eInvoiceSymbol ?? null,
          eInvoiceNumber: values.eInvoiceNumber ?? null,
          ownerId,
        },
        customer,
        async (id) => {
          if (lines) {
            await writeLines(m, 'invoice', id, lines);
          } else if (source) {
            await copyLines(m, source.owner, source.id, 'invoice', id);
          }
        },
      );
      return invoice;
    });
  }

  /** A draft is edited freely; an issued invoice only in its e-invoice reference and notes. */
  async update(caller: AuthUser, id: string, input: UpdateInvoiceInput): Promise<Invoice> {
    const values = parseInput(updateInvoiceSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      assertVersion(before, values.version);
      const given = Object.entries(input)
        .filter(([, v]) => v !== undefined)
        .map(([k]) => k);
      if (
        before.status === 'CANCELLED' ||
        (before.status !== 'DRAFT' && given.some((k) => !AFTER_ISSUE.has(k)))
      ) {
        throw new AppError('BAD_USER_INPUT', { messageKey: 'invoice.notEditable' });
      }
      const { version, lines: lineInput, ...fields } = values;
      const date = fields.date ?? before.date;
      const dueDate = fields.dueDate !== undefined ? fields.dueDate : before.dueDate;
      if (dueDate && dueDate < date) {
        throw AppError.badInput([{ field: 'dueDate', message: 'v.dueBeforeDate' }]);
      }
      if (fields.ownerId) {
        fields.ownerId = await resolveRecordOwner(m, caller, fields.ownerId);
      }
      const extra: FieldChanges = {};
      if (lineInput) {
        const totals = await writeLines(m, 'invoice', id, await resolveLines(m, lineInput));
        if (before.total !== totals.total.toString()) {
          extra.total = { from: before.total, to: totals.total.toString() };
        }
        extra.lines = { from: null, to: lineInput.length };
      }
      return this.saveChange(m, caller, before, version, fields as Partial<Invoice>, { extra });
    });
  }

  /** Nháp → Đã phát hành: the lines freeze, the buyer is copied from the customer as it is now. */
  issue(caller: AuthUser, id: string, version: number): Promise<Invoice> {
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      assertVersion(before, version);
      invoiceMachine.assertTransition(before.status, 'ISSUED');
      const [{ n }]: { n: number }[] = await m.query(
        `SELECT count(*)::int AS n FROM invoice_line WHERE invoice_id = $1`,
        [id],
      );
      if (n === 0) {
        throw new AppError('BAD_USER_INPUT', { messageKey: 'invoice.empty' });
      }
      const [buyer]: { name: string; tax_code: string | null; address: string | null }[] = await m.query(
        BUYER_SQL,
        [before.customerId],
      );
      const patch: Partial<Invoice> = {
        status: 'ISSUED',
        issuedAt: new Date(),
        buyerName: buyer.name,
        buyerTaxCode: buyer.tax_code,
        buyerAddress: buyer.address,
      };
      return this.saveChange(
        m,
        caller,
        before,
        version,
        patch,
        statusAudit(before.status, 'ISSUED', (i) => auditText('invoice.issue', { number: i.number })),
      );
    });
  }

  /** → Hủy with a reason; the number stays taken, and an invoice with money on it is not cancelled. */
  cancel(caller: AuthUser, id: string, input: { version: number; reason: string }): Promise<Invoice> {
    const values = parseInput(cancelInvoiceSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      assertVersion(before, values.version);
      if (BigInt(before.received) > 0n) {
        throw new AppError('BAD_USER_INPUT', { messageKey: 'invoice.hasReceipts' });
      }
      invoiceMachine.assertTransition(before.status, 'CANCELLED');
      return this.saveChange(
        m,
        caller,
        before,
        values.version,
        { status: 'CANCELLED', cancelReason: values.reason },
        statusAudit(before.status, 'CANCELLED', (i) =>
          auditText('invoice.cancel', { number: i.number, reason: values.reason }),
        ),
      );
    });
  }

  /** The contract or order an invoice is made from: one the caller sees, else a field error. */
  private async source(
    m: EntityManager,
    caller: AuthUser,
    owner: Extract<LineOwner, 'contract' | 'order'>,
    field: string,
    o: Ownership,
    id: string,
  ): Promise<{
    id: string;
    owner: LineOwner;
    customerId: string;
    contactId: string | null;
    hasLines: boolean;
  }> {
    try {
      await assertInScope(m, o, [id], caller, 'view');
    } catch (e) {
      throw e instanceof AppError ? AppError.badInput([{ field, message: 'v.invalid' }]) : e;
    }
    const [row]: { customer_id: string; contact_id: string | null; status: string }[] = await m.query(
      `SELECT customer_id, contact_id, status FROM ${o.table} WHERE id = $1`,
      [id],
    );
    if (row.status === 'CANCELLED') {
      throw AppError.badInput([{ field, message: 'v.notPayable' }]);
    }
    const lines = await readLines(m, owner, [id]);
    return { id, owner, customerId: row.customer_id, contactId: row.contact_id, hasLines: lines.length > 0 };
  }
}
