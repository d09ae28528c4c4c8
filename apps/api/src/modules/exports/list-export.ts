import type { Writable } from 'node:stream';
import {
  AppError,
  foldVietnamese,
  formatDateTimeVi,
  formatDateVi,
  neutraliseCell,
  type AuditModule,
  type Locale,
  type Role,
} from '@sen/shared';
import { coerceInputValue, GraphQLList, GraphQLNonNull, isInputType, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import { writeAudit } from '../../core/audit';
import type { Connection, PageArgs } from '../../graphql/connection';
import { pickColumns } from './export-columns';
import { csvSink, xlsxSink, type ExportFormat, type RowSink } from './row-sink';
import {
  ACTIVITY_COLUMNS,
  AUDIT_LOG_COLUMNS,
  CAMPAIGN_COLUMNS,
  CARE_CARD_COLUMNS,
  CONTRACT_COLUMNS,
  INVOICE_COLUMNS,
  OPPORTUNITY_COLUMNS,
  ORDER_COLUMNS,
  PRODUCT_COLUMNS,
  QUOTE_COLUMNS,
  RECEIPT_COLUMNS,
  USER_COLUMNS,
  type CellValue,
  type ListColumn,
  type ListLookups,
} from './list-export-columns';
import { excelSerial, type XlsxCell } from './xlsx-stream';

type Filter = Record<string, unknown>;
type Order = Record<string, unknown>[];

/** A list's own service: the list query's use case, with the list's filter and order. */
interface ListSource {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each service's filter/order types are its own GraphQL inputs, checked against the schema
  list(caller: AuthUser, filter: any, orderBy: any, page: PageArgs): Promise<Connection<{ id: string }>>;
}

/** The services whose lists export (services.ts has them all). */
export type ListSources = Record<
  | 'products'
  | 'opportunities'
  | 'quotes'
  | 'contracts'
  | 'orders'
  | 'invoices'
  | 'receipts'
  | 'careCards'
  | 'activityQueries'
  | 'campaigns',
  ListSource
> & {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as ListSource
  users: { list(filter: any, orderBy: any, page: PageArgs): Promise<Connection<{ id: string }>> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as ListSource
  audit: { list(caller: AuthUser, filter: any, page: PageArgs): Promise<Connection<{ id: string }>> };
};

/** Reads one page of a list as its GraphQL query would. */
type ListReader = (
  sources: ListSources,
  caller: AuthUser,
  filter: Filter,
  orderBy: Order,
  page: PageArgs,
) => Promise<Connection<{ id: string }>>;

/**
 * One list that exports (API.md "Files for this half"): the GraphQL list it is, read through its
 * own service, and the columns of its file.
 */
interface ListExport<T> {
  /** The list query's input types (`${type}Filter`, `${type}Order`): the file takes the same JSON. */
  type: string;
  /** Whether the list takes an order (`${type}Order`); one that does not comes in its own order. */
  ordered: boolean;
  read: ListReader;
  /** Who may export it (its screen's roles); anyone else is refused before anything is written. */
  roles: readonly Role[] | null;
  columns: ListColumn<T>[];
  /** The file's and the sheet's names (vi, en), and the audit log's module and words. */
  file: [string, string];
  sheet: [string, string];
  audit: { module: AuditModule; noun: string };
  /** The customers the rows name (code and name columns), if any. */
  customerIds?(row: T): string | null;
}

/**
 * The export of the list `key` (`/files/export/{key}.xlsx`), named in Vietnamese `vi`: its file is
 * `key` in English and `vi` without marks in Vietnamese; its service and audit module are `key`
 * unless named.
 */
function list<T extends { id: string }>(
  key: string,
  type: string,
  vi: string,
  columns: ListColumn<T>[],
  options: {
    customerIds?(row: NoInfer<T>): string | null;
    source?: keyof ListSources;
    module?: AuditModule;
    read?: ListReader;
    ordered?: boolean;
    roles?: readonly Role[];
  } = {},
): [string, ListExport<{ id: string }>] {
  const source = (options.source ?? key) as Exclude<keyof ListSources, 'users' | 'audit'>;
  const spec: ListExport<T> = {
    type,
    ordered: options.ordered ?? true,
    read:
      options.read ??
      ((sources, caller, filter, orderBy, page) => sources[source].list(caller, filter, orderBy, page)),
    roles: options.roles ?? null,
    columns,
    file: [foldVietnamese(vi).replace(/ /g, '-'), key],
    sheet: [vi, key[0].toUpperCase() + key.slice(1).replace(/-/g, ' ')],
    audit: { module: options.module ?? (key as AuditModule), noun: vi.toLowerCase() },
    customerIds: options.customerIds,
  };
  return [key, spec as unknown as ListExport<{ id: string }>];
}

/** The rows name their customer. */
const byCustomer = { customerIds: (r: { customerId: string | null }) => r.customerId };

export const LIST_EXPORTS: Record<string, ListExport<{ id: string }>> = Object.fromEntries([
  list('products', 'Product', 'Hàng hóa', PRODUCT_COLUMNS),
  list('opportunities', 'Opportunity', 'Cơ hội', OPPORTUNITY_COLUMNS, byCustomer),
  list('quotes', 'Quote', 'Báo giá', QUOTE_COLUMNS, byCustomer),
  list('contracts', 'Contract', 'Hợp đồng', CONTRACT_COLUMNS, byCustomer),
  list('orders', 'Order', 'Đơn hàng', ORDER_COLUMNS, byCustomer),
  list('invoices', 'Invoice', 'Hóa đơn', INVOICE_COLUMNS, byCustomer),
  list('receipts', 'Receipt', 'Phiếu thu', RECEIPT_COLUMNS, byCustomer),
  list('care-cards', 'CareCard', 'Thẻ chăm sóc', CARE_CARD_COLUMNS, { ...byCustomer, source: 'careCards' }),
  list('activities', 'Activity', 'Giao dịch', ACTIVITY_COLUMNS, {
    source: 'activityQueries',
    module: 'activity',
  }),
  list('campaigns', 'Campaign', 'Chiến dịch', CAMPAIGN_COLUMNS, { module: 'campaign' }),
  // Cài đặt → Người dùng is the admin's screen (the user picker elsewhere reads the same list).
  list('users', 'User', 'Người dùng', USER_COLUMNS, {
    module: 'user',
    roles: ['ADMIN'],
    read: (sources, _caller, filter, orderBy, page) => sources.users.list(filter, orderBy, page),
  }),
  // Cài đặt → Logs: admins every entry, managers their department's (the list's own scope).
  list('audit-logs', 'AuditLog', 'Nhật ký hệ thống', AUDIT_LOG_COLUMNS, {
    module: 'audit-logs',
    roles: ['ADMIN', 'MANAGER'],
    ordered: false,
    read: (sources, caller, filter, _orderBy, page) => sources.audit.list(caller, filter, page),
  }),
]);

const LANG = { vi: 0, en: 1 } as const;

export function isListExport(module: string): boolean {
  return Object.hasOwn(LIST_EXPORTS, module);
}

/**
 * Each batch is one keyset page of the list itself, of this many rows: a page costs a query, its
 * plan and the scope's sets, so 200-row pages (a screen's most) spent most of a 1,000,000-row
 * export on them.
 */
const BATCH = 2000;

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

export function prepareListExport(
  schema: GraphQLSchema,
  caller: AuthUser,
  req: ListExportRequest,
): PreparedListExport {
  const spec = LIST_EXPORTS[req.module];
  if (!spec) {
    throw new AppError('NOT_FOUND');
  }
  if (spec.roles && !spec.roles.includes(caller.role)) {
    throw new AppError('FORBIDDEN');
  }
  const filter = coerceArg(schema, `${spec.type}Filter`, req.filter, false) as Filter;
  const orderBy = spec.ordered ? (coerceArg(schema, `${spec.type}Order`, req.orderBy, true) as Order) : [];
  const stamp = new Date().toISOString().slice(0, 10);
  return {
    spec,
    filter,
    orderBy,
    fileName: `${spec.file[LANG[req.locale]]}-${stamp}.${req.format}`,
    columns: pickColumns(spec.columns, req.columns),
  };
}

/** A wall-clock day `YYYY-MM-DD` as UTC milliseconds (no zone: a day is a day). */
const dayMs = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
/** A moment as Vietnam's wall clock (UTC+7, no daylight saving), as UTC milliseconds. */
const vietnamMs = (at: Date) => at.getTime() + 7 * 3_600_000;

/** One value as an .xlsx cell: money and numbers as numbers, days and moments as dates. */
function xlsxCell(kind: Kind, v: CellValue): XlsxCell {
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
function csvCell(kind: Kind, v: CellValue): string {
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

type Kind = ListColumn<unknown>['kind'];

/** A file's rows as typed values: each written as the file's cell (`csvCell`, `xlsxCell`). */
function cellSink<C>(sink: RowSink<C | string>, cell: (kind: Kind, v: CellValue) => C) {
  return {
    header: (names: string[]) => sink.rows([names]),
    rows: (rows: (readonly [Kind, CellValue])[][]) =>
      sink.rows(rows.map((r) => r.map(([k, v]) => cell(k, v)))),
    end: () => sink.end(),
  };
}

/** The list's pages, in the list's own order, under the caller's scope; the next page is read early. */
async function* pages<T extends { id: string }>(
  read: (page: PageArgs) => Promise<Connection<T>>,
): AsyncGenerator<T[]> {
  let page = await read({ first: BATCH, maxFirst: BATCH });
  for (;;) {
    const next = page.pageInfo.hasNextPage
      ? read({ first: BATCH, after: page.pageInfo.endCursor, maxFirst: BATCH })
      : null;
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
  sources: ListSources,
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
  const sink =
    req.format === 'csv'
      ? cellSink(csvSink(out), csvCell)
      : cellSink(xlsxSink(out, spec.sheet[LANG[req.locale]]), xlsxCell);
  await sink.header(headers);
  const write = (rows: { id: string }[]) =>
    sink.rows(rows.map((r) => columns.map((c) => [c.kind, c.value(r, lookups, req.locale)] as const)));
  let count = 0;
  for await (const rows of pages((page) => spec.read(sources, caller, filter, orderBy, page))) {
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
  await sink.end();
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
