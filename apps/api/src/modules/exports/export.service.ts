import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { neutraliseCell, type ImportModule, type Locale } from '@sen/shared';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../graphql/context';
import { auditText } from '../audit/audit-text';
import type { AuditService } from '../audit/audit.service';
import type { Contact } from '../contact/contact.entity';
import type { ContactService } from '../contact/contact.service';
import { scopeCustomers } from '../customer/customer-access';
import type { Customer } from '../customer/customer.entity';
import type { CustomerQueryService } from '../customer/customer-query.service';
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  pickColumns,
  type ExportColumn,
  type Lookups,
} from './export-columns';

export type ExportFormat = 'xlsx' | 'csv';

/** The list's page size limit: the export reads the list exactly as the screen does, page by page. */
const PAGE = 200;

interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Rows → file, streamed. CSV: UTF-8 with BOM (Excel then reads Vietnamese correctly). */
interface RowSink {
  /** Throws once the client has gone away, so an abandoned download stops reading the database. */
  row(values: string[]): Promise<void>;
  end(): Promise<void>;
}

function assertOpen(out: Writable): void {
  if (out.destroyed) {
    throw new Error('export: the client closed the connection');
  }
}

function csvSink(out: Writable): RowSink {
  const quote = (v: string) => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  let buffer = '\ufeff';
  const flush = async () => {
    if (!out.write(buffer)) {
      await once(out, 'drain');
    }
    buffer = '';
  };
  return {
    async row(values) {
      assertOpen(out);
      buffer += `${values.map(quote).join(',')}\r\n`;
      if (buffer.length > 64 * 1024) {
        await flush();
      }
    },
    async end() {
      await flush();
      out.end();
    },
  };
}

function xlsxSink(out: Writable, sheet: string): RowSink {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(sheet);
  return {
    async row(values) {
      assertOpen(out);
      ws.addRow(values).commit();
    },
    async end() {
      ws.commit();
      await wb.commit();
    },
  };
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
    module: ImportModule,
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
            (after) =>
              this.customers.list(caller, filter, [], { first: PAGE, after }) as Promise<Page<Customer>>,
            (rows) => this.customerLookups(users, categories, rows),
          )
        : await this.write(
            sink,
            pickColumns(CONTACT_COLUMNS, columns),
            locale,
            (after) =>
              this.contacts.list(caller, filter, [], { first: PAGE, after }) as Promise<Page<Contact>>,
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
    page: (after: string | undefined) => Promise<Page<T>>,
    lookups: (rows: T[]) => Promise<Lookups>,
  ): Promise<number> {
    await sink.row(columns.map((c) => (locale === 'en' ? c.en : c.vi)));
    let count = 0;
    // The next page is asked for while this one is written: the database and the writer overlap.
    let next = page(undefined);
    for (;;) {
      const p = await next;
      const more = p.pageInfo.hasNextPage && p.pageInfo.endCursor;
      if (more) {
        next = page(p.pageInfo.endCursor!);
      }
      const l = await lookups(p.nodes);
      for (const row of p.nodes) {
        await sink.row(columns.map((c) => neutraliseCell(c.value(row, l, locale))));
      }
      count += p.nodes.length;
      if (!more) {
        return count;
      }
    }
  }

  /** Users and categories are small tables: read once per export. */
  private async names(sql: string): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.ds.query(sql);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private async customerLookups(
    users: Map<string, string>,
    categories: Map<string, string>,
    rows: Customer[],
  ): Promise<Lookups> {
    const groups: { id: string; name: string }[] = await this.ds.query(
      `SELECT cg.customer_id AS id, string_agg(k.name, ', ' ORDER BY k.name) AS name
         FROM customer_group cg JOIN category k ON k.id = cg.group_id
        WHERE cg.customer_id = ANY($1::uuid[]) GROUP BY cg.customer_id`,
      [rows.map((r) => r.id)],
    );
    return { users, categories, groups: new Map(groups.map((g) => [g.id, g.name])), customers: new Map() };
  }

  /** A contact's customer is named only when the caller may see that customer (as in the list). */
  private async contactLookups(
    users: Map<string, string>,
    caller: AuthUser,
    rows: Contact[],
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
      groups: new Map(),
      customers: new Map(customers.map((c) => [c.id, { code: c.code, name: c.name }])),
    };
  }
}
