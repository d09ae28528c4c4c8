import type { Writable } from 'node:stream';
import {
  AppError,
  formatDateTimeVi,
  formatDateVi,
  neutraliseCell,
  type AuditModule,
  type Locale,
} from '@sen/shared';
import { coerceInputValue, GraphQLList, GraphQLNonNull, isInputType, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import { writeAudit } from '../../core/audit';
import type { Connection, PageArgs } from '../../graphql/connection';
import type { Services } from '../../services';
import { pickColumns } from './export-columns';
import { csvSink, type ExportFormat } from './export.service';
import {
  ACTIVITY_COLUMNS,
  CAMPAIGN_COLUMNS,
  CARE_CARD_COLUMNS,
  CONTRACT_COLUMNS,
  INVOICE_COLUMNS,
  OPPORTUNITY_COLUMNS,
  ORDER_COLUMNS,
  PRODUCT_COLUMNS,
  QUOTE_COLUMNS,
  RECEIPT_COLUMNS,
  type CellValue,
  type ListColumn,
  type ListLookups,
} from './list-export-columns';
import { excelSerial, xlsxStream, type XlsxCell } from './xlsx-stream';

type Filter = Record<string, unknown>;
type Order = Record<string, unknown>[];

/**
 * One list that exports (API.md "Files for this half"): the GraphQL list it is, read through its
 * own service, and the columns of its file.
 */
interface ListExport<T> {
  /** The list query's input types: the file takes the same `filter` (and `orderBy`) as JSON. */
  filterType: string;
  orderType: string;
  list(
    services: Services,
    caller: AuthUser,
    filter: Filter,
    orderBy: Order,
    page: PageArgs,
  ): Promise<Connection<T>>;
  columns: ListColumn<T>[];
  /** The file's and the sheet's names, and the audit log's module and words. */
  file: { vi: string; en: string };
  sheet: { vi: string; en: string };
  audit: { module: AuditModule; noun: string };
  /** The customers the rows name (code and name columns), if any. */
  customerIds?(row: T): string | null;
}

const exportOf = <T>(e: ListExport<T>) => e as unknown as ListExport<{ id: string }>;

/* eslint-disable @typescript-eslint/no-explicit-any -- each service's filter/order types are its own GraphQL inputs, checked against the schema */
export const LIST_EXPORTS: Record<string, ListExport<{ id: string }>> = {
  products: exportOf({
    filterType: 'ProductFilter',
    orderType: 'ProductOrder',
    list: (s, c, f, o, p) => s.products.list(c, f, o as any, p),
    columns: PRODUCT_COLUMNS,
    file: { vi: 'hang-hoa', en: 'products' },
    sheet: { vi: 'Hàng hóa', en: 'Products' },
    audit: { module: 'products', noun: 'hàng hóa' },
  }),
  opportunities: exportOf({
    filterType: 'OpportunityFilter',
    orderType: 'OpportunityOrder',
    list: (s, c, f, o, p) => s.opportunities.list(c, f, o as any, p),
    columns: OPPORTUNITY_COLUMNS,
    file: { vi: 'co-hoi', en: 'opportunities' },
    sheet: { vi: 'Cơ hội', en: 'Opportunities' },
    audit: { module: 'opportunities', noun: 'cơ hội' },
    customerIds: (r) => r.customerId,
  }),
  quotes: exportOf({
    filterType: 'QuoteFilter',
    orderType: 'QuoteOrder',
    list: (s, c, f, o, p) => s.quotes.list(c, f, o as any, p),
    columns: QUOTE_COLUMNS,
    file: { vi: 'bao-gia', en: 'quotes' },
    sheet: { vi: 'Báo giá', en: 'Quotes' },
    audit: { module: 'quotes', noun: 'báo giá' },
    customerIds: (r) => r.customerId,
  }),
  contracts: exportOf({
    filterType: 'ContractFilter',
    orderType: 'ContractOrder',
    list: (s, c, f, o, p) => s.contracts.list(c, f, o as any, p),
    columns: CONTRACT_COLUMNS,
    file: { vi: 'hop-dong', en: 'contracts' },
    sheet: { vi: 'Hợp đồng', en: 'Contracts' },
    audit: { module: 'contracts', noun: 'hợp đồng' },
    customerIds: (r) => r.customerId,
  }),
  orders: exportOf({
    filterType: 'OrderFilter',
    orderType: 'OrderOrder',
    list: (s, c, f, o, p) => s.orders.list(c, f, o as any, p),
    columns: ORDER_COLUMNS,
    file: { vi: 'don-hang', en: 'orders' },
    sheet: { vi: 'Đơn hàng', en: 'Orders' },
    audit: { module: 'orders', noun: 'đơn hàng' },
    customerIds: (r) => r.customerId,
  }),
  invoices: exportOf({
    filterType: 'InvoiceFilter',
    orderType: 'InvoiceOrder',
    list: (s, c, f, o, p) => s.invoices.list(c, f, o as any, p),
    columns: INVOICE_COLUMNS,
    file: { vi: 'hoa-don', en: 'invoices' },
    sheet: { vi: 'Hóa đơn', en: 'Invoices' },
    audit: { module: 'invoices', noun: 'hóa đơn' },
    customerIds: (r) => r.customerId,
  }),
  receipts: exportOf({
    filterType: 'ReceiptFilter',
    orderType: 'ReceiptOrder',
    list: (s, c, f, o, p) => s.receipts.list(c, f, o as any, p),
    columns: RECEIPT_COLUMNS,
    file: { vi: 'phieu-thu', en: 'receipts' },
    sheet: { vi: 'Phiếu thu', en: 'Receipts' },
    audit: { module: 'receipts', noun: 'phiếu thu' },
    customerIds: (r) => r.customerId,
  }),
  'care-cards': exportOf({
    filterType: 'CareCardFilter',
    orderType: 'CareCardOrder',
    list: (s, c, f, o, p) => s.careCards.list(c, f, o as any, p),
    columns: CARE_CARD_COLUMNS,
    file: { vi: 'the-cham-soc', en: 'care-cards' },
    sheet: { vi: 'Thẻ chăm sóc', en: 'Care cards' },
    audit: { module: 'care-cards', noun: 'thẻ chăm sóc' },
    customerIds: (r) => r.customerId,
  }),
  activities: exportOf({
    filterType: 'ActivityFilter',
    orderType: 'ActivityOrder',
    list: (s, c, f, o, p) => s.activityQueries.list(c, f, o as any, p),
    columns: ACTIVITY_COLUMNS,
    file: { vi: 'giao-dich', en: 'activities' },
    sheet: { vi: 'Giao dịch', en: 'Activities' },
    audit: { module: 'activity', noun: 'giao dịch' },
  }),
  campaigns: exportOf({
    filterType: 'CampaignFilter',
    orderType: 'CampaignOrder',
    list: (s, c, f, o, p) => s.campaigns.list(c, f, o as any, p),
    columns: CAMPAIGN_COLUMNS,
    file: { vi: 'chien-dich', en: 'campaigns' },
    sheet: { vi: 'Chiến dịch', en: 'Campaigns' },
    audit: { module: 'campaign', noun: 'chiến dịch' },
  }),
};
/* eslint-enable @typescript-eslint/no-explicit-any */

export function isListExport(module: string): boolean {
  return Object.hasOwn(LIST_EXPORTS, module);
}

/** The list's page size at most: each batch is one keyset page of the list itself. */
const BATCH = 200;

/**
 * `?filter=` / `?orderBy=` JSON, checked and converted exactly as GraphQL would check the list
 * query's own arguments (enums, IDs, dates, unknown fields): anything else is BAD_USER_INPUT.
 */
function coerceArg(schema: GraphQLSchema, typeName: string, raw: unknown, list: boolean): unknown {
  if (raw === undefined || raw === '') {
    return list ? [] : {};
  }
  const bad = () => new AppError('BAD_USER_INPUT', { messageKey: 'import.badFilter' });
  let value: unknown;
  try {
    value = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    throw bad();
  }
  if (value === null) {
    return list ? [] : {};
  }
  const named = schema.getType(typeName);
  if (!named || !isInputType(named)) {
    throw new Error(`export: no input type ${typeName}`);
  }
  const type = list ? new GraphQLList(new GraphQLNonNull(named)) : named;
  let failed = false;
  const coerced = coerceInputValue(value, type, () => {
    failed = true;
  });
  if (failed) {
    throw bad();
  }
  return coerced;
}

export interface ListExportRequest {
  module: string;
  format: ExportFormat;
  filter: unknown;
  orderBy: unknown;
  columns: unknown;
  locale: Locale;
}

/** Checks the request before anything is sent: an unknown list is NOT_FOUND, a bad filter BAD_USER_INPUT. */
export interface PreparedListExport {
  spec: ListExport<{ id: string }>;
  filter: Filter;
  orderBy: Order;
  fileName: string;
  columns: ListColumn<{ id: string }>[];
}

export function prepareListExport(schema: GraphQLSchema, req: ListExportRequest): PreparedListExport {
  const spec = LIST_EXPORTS[req.module];
  if (!spec) {
    throw new AppError('NOT_FOUND');
  }
  const filter = coerceArg(schema, spec.filterType, req.filter, false) as Filter;
  const orderBy = coerceArg(schema, spec.orderType, req.orderBy, true) as Order;
  const stamp = new Date().toISOString().slice(0, 10);
  return {
    spec,
    filter,
    orderBy,
    fileName: `${spec.file[req.locale]}-${stamp}.${req.format}`,
    columns: pickColumns(spec.columns, req.columns),
  };
}

/** A wall-clock day `YYYY-MM-DD` as UTC milliseconds (no zone: a day is a day). */
const dayMs = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
/** A moment as Vietnam's wall clock (UTC+7, no daylight saving), as UTC milliseconds. */
const vietnamMs = (at: Date) => at.getTime() + 7 * 3_600_000;

/** One value as an .xlsx cell: money and numbers as numbers, days and moments as dates. */
function xlsxCell(kind: ListColumn<unknown>['kind'], v: CellValue): XlsxCell {
  if (v === null || v === undefined || v === '') {
    return '';
  }
  switch (kind) {
    case 'money':
      return { number: Math.round(Number(v)), format: 'money' };
    case 'number':
      return { number: Number(v) };
    case 'date':
      return typeof v === 'string' ? { number: excelSerial(dayMs(v)), format: 'date' } : '';
    case 'datetime':
      return v instanceof Date ? { number: excelSerial(vietnamMs(v)), format: 'datetime' } : '';
    default:
      return neutraliseCell(String(v));
  }
}

/** One value as CSV text: whole đồng without separators, `dd/MM/yyyy` (and ` HH:mm`) dates. */
function csvCell(kind: ListColumn<unknown>['kind'], v: CellValue): string {
  if (v === null || v === undefined || v === '') {
    return '';
  }
  switch (kind) {
    case 'money':
      return String(Math.round(Number(v)));
    case 'number':
      return String(Number(v));
    case 'date':
      return typeof v === 'string' ? formatDateVi(v) : '';
    case 'datetime':
      return v instanceof Date ? formatDateTimeVi(v) : '';
    default:
      return neutraliseCell(String(v));
  }
}

/** The list's pages, in the list's own order, under the caller's scope; the next page is read early. */
async function* pages<T extends { id: string }>(
  read: (page: PageArgs) => Promise<Connection<T>>,
): AsyncGenerator<T[]> {
  let page = await read({ first: BATCH });
  for (;;) {
    const next = page.pageInfo.hasNextPage ? read({ first: BATCH, after: page.pageInfo.endCursor }) : null;
    // A failed write leaves the read ahead unread: it must not reject unobserved.
    next?.catch(() => undefined);
    if (page.nodes.length > 0) {
      yield page.nodes;
    }
    if (!next) {
      return;
    }
    page = await next;
  }
}

/**
 * IMP-03 for every list (API.md "Files for this half"): the filtered list as the caller sees it,
 * a page of the list at a time, to .xlsx (typed cells) or .csv (UTF-8 with BOM). Audited.
 */
export async function runListExport(
  ds: DataSource,
  services: Services,
  caller: AuthUser,
  req: ListExportRequest,
  prepared: PreparedListExport,
  out: Writable,
): Promise<number> {
  const { spec, filter, orderBy, columns } = prepared;
  const names = async (sql: string) =>
    new Map(((await ds.query(sql)) as { id: string; name: string }[]).map((r) => [r.id, r.name]));
  const lookups: ListLookups = {
    users: await names('SELECT id, name FROM app_user'),
    categories: await names('SELECT id, name FROM category'),
    departments: await names('SELECT id, name FROM department'),
    customers: new Map(),
  };
  const headers = columns.map((c) => (req.locale === 'en' ? c.en : c.vi));
  let write: (rows: { id: string }[]) => Promise<void>;
  let end: () => Promise<void>;
  if (req.format === 'csv') {
    const sink = csvSink(out);
    await sink.rows([headers]);
    write = (rows) =>
      sink.rows(rows.map((r) => columns.map((c) => csvCell(c.kind, c.value(r, lookups, req.locale)))));
    end = () => sink.end();
  } else {
    const sheet = xlsxStream(out, spec.sheet[req.locale]);
    await sheet.rows([headers]);
    write = (rows) =>
      sheet.rows(rows.map((r) => columns.map((c) => xlsxCell(c.kind, c.value(r, lookups, req.locale)))));
    end = () => sheet.end();
  }
  let count = 0;
  for await (const rows of pages((page) => spec.list(services, caller, filter, orderBy, page))) {
    if (spec.customerIds) {
      const ids = [
        ...new Set(rows.map((r) => spec.customerIds!(r)).filter((id): id is string => Boolean(id))),
      ];
      const found: { id: string; code: string; name: string }[] = ids.length
        ? await ds.query('SELECT id, code, name FROM customer WHERE id = ANY($1::uuid[])', [ids])
        : [];
      lookups.customers = new Map(found.map((c) => [c.id, { code: c.code, name: c.name }]));
    }
    await write(rows);
    count += rows.length;
  }
  await end();
  await ds.transaction((m) =>
    writeAudit(m, [
      {
        action: 'EXPORT',
        module: spec.audit.module,
        recordId: null,
        userId: caller.id,
        description: auditText('export.run', {
          count,
          module: spec.audit.noun,
          format: req.format.toUpperCase(),
        }),
        changes: { filter: { from: null, to: filter } },
      },
    ]),
  );
  return count;
}
