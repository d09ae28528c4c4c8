import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { neutraliseCell, type ImportModule, type Locale } from '@sen/shared';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../graphql/context';
import { rawHydrator } from '../../graphql/hydrate';
import { auditText } from '../audit/audit-text';
import type { AuditService } from '../audit/audit.service';
import { Contact } from '../contact/contact.entity';
import type { ContactService } from '../contact/contact.service';
import { scopeCustomers } from '../customer/customer-access';
import { Customer } from '../customer/customer.entity';
import type { CustomerQueryService } from '../customer/customer-query.service';
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  pickColumns,
  type ExportColumn,
  type Lookups,
} from './export-columns';
import { xlsxStream } from './xlsx-stream';

export type ExportFormat = 'xlsx' | 'csv';

/**
 * Rows per read. The export reads the list's own filtered query (same scope, same filter) in
 * keyset batches by name, so each read is an index range and no transaction stays open.
 */
const BATCH = 2000;
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
  const writer = xlsxStream(out, sheet);
  return { row: (values) => writer.row(values), end: () => writer.end() };
}

/** Batches of entities over `qb` in (name, id) order; the next batch can be asked for early. */
async function* keysetBatches<T extends ObjectLiteral & { id: string; name: string }>(
  qb: SelectQueryBuilder<T>,
  hydrate: (raw: Record<string, unknown>) => T,
): AsyncGenerator<{ rows: T[]; raw: Record<string, unknown>[] }> {
  const alias = qb.alias;
  qb.orderBy(`${alias}.name`, 'ASC').addOrderBy(`${alias}.id`, 'ASC').limit(BATCH);
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const page = qb.clone();
    if (after) {
      page.andWhere(`(${alias}.name, ${alias}.id) > (:afterName, :afterId)`, {
        afterName: after.name,
        afterId: after.id,
      });
    }
    const raw: Record<string, unknown>[] = await page.getRawMany();
    const rows = raw.map(hydrate);
    if (rows.length > 0) {
      yield { rows, raw };
    }
    if (rows.length < BATCH) {
      return;
    }
    after = rows[rows.length - 1];
  }
}

/** IMP-03: the filtered list as the caller sees it, with its visible columns. */
export class ExportService {
  private readonly customerFromRaw: (raw: Record<string, unknown>) => Customer;
  private readonly contactFromRaw: (raw: Record<string, unknown>) => Contact;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly customers: CustomerQueryService,
    private readonly contacts: ContactService,
  ) {
    this.customerFromRaw = rawHydrator(ds, Customer, 'c');
    this.contactFromRaw = rawHydrator(ds, Contact, 't');
  }

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
            keysetBatches(
              this.customers.filtered(caller, filter).addSelect(
                `(SELECT string_agg(k.name, ', ' ORDER BY k.name)
                      FROM customer_group cg JOIN category k ON k.id = cg.group_id
                     WHERE cg.customer_id = c.id)`,
                'group_names',
              ),
              this.customerFromRaw,
            ),
            async (_rows, raw) => ({
              users,
              categories,
              groups: new Map(raw.map((r) => [r.c_id as string, (r.group_names as string | null) ?? ''])),
              customers: new Map(),
            }),
          )
        : await this.write(
            sink,
            pickColumns(CONTACT_COLUMNS, columns),
            locale,
            keysetBatches(this.contacts.filtered(caller, filter), this.contactFromRaw),
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
    batches: AsyncGenerator<{ rows: T[]; raw: Record<string, unknown>[] }>,
    lookups: (rows: T[], raw: Record<string, unknown>[]) => Promise<Lookups>,
  ): Promise<number> {
    await sink.row(columns.map((c) => (locale === 'en' ? c.en : c.vi)));
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
        const l = await lookups(batch.value.rows, batch.value.raw);
        for (const row of batch.value.rows) {
          await sink.row(columns.map((c) => neutraliseCell(c.value(row, l, locale))));
        }
        count += batch.value.rows.length;
      }
    } finally {
      // A failed write leaves the read ahead unread: let it settle, then close the reader.
      await next.catch(() => undefined);
      await batches.return(undefined);
    }
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
