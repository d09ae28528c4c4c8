import type { ExportModule } from './export-filter';
import type { Writable } from 'node:stream';
import { neutraliseCell, type Locale } from '@sen/shared';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import type { ContactService } from '../contact/contact.service';
import { scopeCustomers } from '../customer/customer-access';
import type { CustomerQueryService } from '../customer/customer-query.service';
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  EXPORT_SELECT,
  pickColumns,
  type ContactExportRow,
  type CustomerExportRow,
  type ExportColumn,
  type Lookups,
} from './export-columns';
import {
  runListExport,
  type ListExportRequest,
  type ListSources,
  type PreparedListExport,
} from './list-export';
import { csvSink, xlsxSink, type ExportFormat, type RowSink } from './row-sink';

/**
 * Rows per read. The export reads the list's own filtered query (same scope, same filter) in
 * batches, so no transaction stays open (the embedded database has a single connection).
 */
const BATCH = 2000;

/**
 * Batches of rows over `qb` in (name, id) order; the next batch can be asked for early.
 *
 * The order is taken first, in one statement: the ids of every matching row sorted by name, as
 * one string (36 bytes a row: 5 MB for 150,000 rows). Paging by a (name, id) keyset instead made
 * each batch of a STAFF user's or an owner-filtered export walk the whole name index, dropping the
 * nine rows in ten that belong to others. Each batch then reads its rows by primary key through
 * `scoped` — the caller's visibility and the trash flag, not the whole filter (re-testing an owner
 * filter made every batch scan that owner's index again) — so a row deleted or moved out of the
 * caller's sight meanwhile is left out, and the rest is the list as it was when the export began.
 */
async function* orderedBatches<T extends { id: string }>(
  ds: DataSource,
  qb: SelectQueryBuilder<ObjectLiteral>,
  scoped: SelectQueryBuilder<ObjectLiteral>,
  select: Record<keyof T, string>,
): AsyncGenerator<T[]> {
  const alias = qb.alias;
  const [sql, params] = qb
    .clone()
    .select(`${alias}.id`, 'id')
    .addSelect(`${alias}.name`, 'name')
    .getQueryAndParameters();
  const [{ ids }]: { ids: string | null }[] = await ds.query(
    `SELECT string_agg(x.id::text, '' ORDER BY x.name, x.id) AS ids FROM (${sql}) x`,
    params,
  );
  const all = ids ?? '';
  const ID = 36;
  const rowsQuery = scoped.select([]);
  for (const [field, expression] of Object.entries(select) as [string, string][]) {
    rowsQuery.addSelect(expression, field);
  }
  for (let start = 0; start < all.length; start += BATCH * ID) {
    const slice: string[] = [];
    for (let i = start; i < Math.min(all.length, start + BATCH * ID); i += ID) {
      slice.push(all.slice(i, i + ID));
    }
    const rows: T[] = await rowsQuery
      .clone()
      .andWhere(`${alias}.id = ANY(:exportIds::uuid[])`, { exportIds: slice })
      .getRawMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered = slice.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
    if (ordered.length > 0) {
      yield ordered;
    }
  }
}

/** IMP-03: the filtered list as the caller sees it, with its visible columns. */
export class ExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly customers: CustomerQueryService,
    private readonly contacts: ContactService,
  ) {}

  async export(
    caller: AuthUser,
    module: ExportModule,
    filter: Record<string, unknown>,
    columns: unknown,
    format: ExportFormat,
    locale: Locale,
    out: Writable,
  ): Promise<number> {
    const sheet =
      module === 'customers'
        ? locale === 'en'
          ? 'Customers'
          : 'Khách hàng'
        : locale === 'en'
          ? 'Contacts'
          : 'Liên hệ';
    const users = await this.names('SELECT id, name FROM app_user');
    const categories = await this.names('SELECT id, name FROM category');
    const sink = format === 'csv' ? csvSink(out) : xlsxSink(out, sheet);
    const count =
      module === 'customers'
        ? await this.write(
            sink,
            pickColumns(CUSTOMER_COLUMNS, columns),
            locale,
            orderedBatches<CustomerExportRow>(
              this.ds,
              this.customers.filtered(caller, filter),
              this.customers.filtered(caller, { deleted: filter.deleted === true }),
              EXPORT_SELECT.customers,
            ),
            async () => ({ users, categories, customers: new Map() }),
          )
        : await this.write(
            sink,
            pickColumns(CONTACT_COLUMNS, columns),
            locale,
            orderedBatches<ContactExportRow>(
              this.ds,
              this.contacts.filtered(caller, filter),
              this.contacts.filtered(caller, { deleted: filter.deleted === true }),
              EXPORT_SELECT.contacts,
            ),
            (rows) => this.contactLookups(users, caller, rows),
          );
    await sink.end();
    await this.ds.transaction((m) =>
      this.audit.record(m, {
        action: 'EXPORT',
        module: module === 'customers' ? 'customer' : 'contact',
        recordId: null,
        userId: caller.id,
        description: auditText('export.run', {
          count,
          module: module === 'customers' ? 'khách hàng' : 'liên hệ',
          format: format.toUpperCase(),
        }),
        changes: { filter: { from: null, to: filter } },
      }),
    );
    return count;
  }

  private async write<T>(
    sink: RowSink,
    columns: ExportColumn<T>[],
    locale: Locale,
    batches: AsyncGenerator<T[]>,
    lookups: (rows: T[]) => Promise<Lookups>,
  ): Promise<number> {
    await sink.rows([columns.map((c) => (locale === 'en' ? c.en : c.vi))]);
    let count = 0;
    // The next batch is read while this one is written: the database and the writer overlap.
    let next = batches.next();
    try {
      for (;;) {
        const batch = await next;
        if (batch.done) {
          return count;
        }
        next = batches.next();
        const l = await lookups(batch.value);
        await sink.rows(
          batch.value.map((row) => columns.map((c) => neutraliseCell(c.value(row, l, locale)))),
        );
        count += batch.value.length;
      }
    } finally {
      // A failed write leaves the read ahead unread: let it settle, then close the reader.
      await next.catch(() => undefined);
      await batches.return(undefined);
    }
  }

  /** Any other list (products, sales documents, care cards, activities, campaigns): see list-export.ts. */
  exportList(
    sources: ListSources,
    caller: AuthUser,
    request: ListExportRequest,
    prepared: PreparedListExport,
    out: Writable,
  ): Promise<number> {
    return runListExport(this.ds, sources, caller, request, prepared, out);
  }

  /** Users and categories are small tables: read once per export. */
  private async names(sql: string): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.ds.query(sql);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** A contact's customer is named only when the caller may see that customer (as in the list). */
  private async contactLookups(
    users: Map<string, string>,
    caller: AuthUser,
    rows: ContactExportRow[],
  ): Promise<Lookups> {
    const ids = [...new Set(rows.map((r) => r.customerId).filter(Boolean))] as string[];
    const qb = this.ds
      .createQueryBuilder()
      .select('c.id', 'id')
      .addSelect('c.code', 'code')
      .addSelect('c.name', 'name')
      .from('customer', 'c')
      .where('c.id = ANY(:ids::uuid[])', { ids });
    const customers: { id: string; code: string; name: string }[] =
      ids.length === 0 ? [] : await scopeCustomers(qb, 'c', caller).getRawMany();
    return {
      users,
      categories: new Map(),
      customers: new Map(customers.map((c) => [c.id, { code: c.code, name: c.name }])),
    };
  }
}
