import type { AuditModule, Locale } from '@sen/shared';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { createdEntry, writeAudit, type FieldChanges } from '../../core/audit';
import { auditText, type AuditText, type AuditTextKey } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import {
  scopedList,
  sortedPage,
  whereBetween,
  whereIdIn,
  whereIds,
  type ListOrder,
} from '../../core/listing';
import type { PrintableDocument, PrintCompany } from '../../core/print/printable';
import type { Ownership } from '../../core/scope';
import { RecordTrash, type TrashHooks } from '../../core/trash';
import { updateVersioned, type VersionedUpdate } from '../../core/versioned';
import type { PageArgs } from '../../graphql/connection';
import { byDocument, promoteCustomers } from '../customer/customer-promotion';
import { readDocument } from './document-access';
import type { DocumentPrinter } from './document-print';

type DocumentRow = ObjectLiteral & { id: string; number: string; deletedAt: Date | null; version: number };

/** A sales document kind: its table, who sees it, how its audit entries and list read. */
export interface DocumentKind<T extends DocumentRow, S extends string> {
  target: EntityTarget<T>;
  ownership: Ownership;
  /** The audit log's module; `key` prefixes its texts (`order.delete`…). */
  module: AuditModule;
  key: 'quote' | 'contract' | 'order' | 'invoice' | 'receipt';
  /** The fields whose before → after its audit entries hold (the kinds created and edited here). */
  audited?: readonly (keyof T & string)[];
  /** The alias of its list query (`sales_order o`). */
  alias: string;
  /** Each sort field of its GraphQL order as SQL, and the order of a list that asks for none. */
  sorts: Record<S, string>;
  defaultOrder: ListOrder<S>;
  /** SQL of its own for the list's search (`:search`), instead of the row's search_text. */
  search?: string;
  /** The layout of its printout, for the kinds that print. */
  print?: DocumentPrinter<T>;
}

/** What every sales document's list filter has beside its own fields. */
export interface DocumentFilterValues {
  search?: string | null;
  customerId?: string | null;
  ownerIds?: string[] | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  deleted?: boolean | null;
}

/**
 * A sales document's service as every kind has it (SALES-DESIGN.md): its trash, its list (the
 * caller's scope, the trash flag, search, customer, owners, date range; the kind narrows it
 * further), reading one for view, locking one for work, printing it.
 */
export abstract class DocumentService<
  T extends DocumentRow,
  F extends DocumentFilterValues,
  S extends string,
> {
  readonly trash: RecordTrash<T>;

  protected constructor(
    protected readonly ds: DataSource,
    protected readonly kind: DocumentKind<T, S>,
    hooks?: TrashHooks<T>,
  ) {
    this.trash = new RecordTrash(
      ds,
      {
        ownership: kind.ownership,
        target: kind.target,
        module: kind.module,
        text: (action, d) => auditText(`${kind.key}.${action}`, { number: d.number }),
      },
      hooks,
    );
  }

  list(caller: AuthUser, filter: F = {} as F, orderBy: ListOrder<S>[] = [], page: PageArgs) {
    return sortedPage(this.filtered(caller, filter), page, this.kind.sorts, orderBy, this.kind.defaultOrder);
  }

  /** The documents the caller sees that match a filter, as a query over the kind's alias. */
  filtered(caller: AuthUser, filter: F): SelectQueryBuilder<T> {
    const a = this.kind.alias;
    const qb = scopedList(this.ds, this.kind.target, a, caller, this.kind.ownership, filter, {
      search: this.kind.search,
    });
    whereIds(qb, filter, { customerId: `${a}.customer_id` });
    whereIdIn(qb, `${a}.owner_id`, filter.ownerIds);
    whereBetween(qb, `${a}.date`, filter.dateFrom, filter.dateTo);
    this.narrow(qb, filter);
    return qb;
  }

  /** The kind's own filter fields. */
  protected abstract narrow(qb: SelectQueryBuilder<T>, filter: F): void;

  /** A document the caller may see; NOT_FOUND otherwise. */
  byId(caller: AuthUser, id: string, m: EntityManager = this.ds.manager): Promise<T> {
    return readDocument(m, caller, this.kind.ownership, this.kind.target, id, 'view');
  }

  /** The document, locked, for a change by its owner's side. */
  lockForWork(m: EntityManager, caller: AuthUser, id: string): Promise<T> {
    return readDocument(m, caller, this.kind.ownership, this.kind.target, id, 'work');
  }

  /** The document laid out for print, after the same access check as reading it. */
  async printable(
    caller: AuthUser,
    id: string,
    locale: Locale,
    company: () => Promise<PrintCompany>,
  ): Promise<PrintableDocument> {
    const doc = await this.byId(caller, id);
    if (!this.kind.print) {
      throw new Error(`${this.kind.key} does not print`);
    }
    return this.kind.print(this.ds.manager, doc, await company(), locale);
  }

  /**
   * A new document: the row (created by the caller), what `write` adds (its lines, a schedule: the
   * changes it returns), and its CREATE entry naming the customer, with the total it came to.
   */
  protected async insert(
    m: EntityManager,
    caller: AuthUser,
    row: Partial<T>,
    customer: { name: string },
    write: (id: string) => Promise<FieldChanges | void> = async () => undefined,
  ): Promise<T> {
    const inserted = await m.insert(this.kind.target, { ...row, createdBy: caller.id } as never);
    const id = inserted.identifiers[0].id as string;
    const extra = (await write(id)) ?? {};
    const doc = await m.findOneByOrFail(this.kind.target, { id } as never);
    const total = (doc as { total?: string }).total;
    const description = auditText(`${this.kind.key}.create`, { number: doc.number, customer: customer.name });
    await writeAudit(m, [
      createdEntry(
        doc,
        { module: this.kind.module, userId: caller.id, description },
        this.kind.audited ?? [],
        {
          ...extra,
          ...(total === undefined ? {} : { total: { from: null, to: total } }),
        },
      ),
    ]);
    return doc;
  }

  /**
   * The one versioned update of a document (core/versioned.ts) with its audit entry: "updated", or
   * for a `status` that moves, a status change from → to in the kind's labels.
   */
  protected async saveChange(
    m: EntityManager,
    caller: AuthUser,
    before: T,
    version: number,
    patch: Partial<T>,
    audit: {
      extra?: FieldChanges;
      status?: { from: string; to: string | undefined; labels: Readonly<Record<string, AuditText>> };
    } & Partial<Pick<VersionedUpdate<T>['audit'], 'fields' | 'describe' | 'action'>> = {},
  ): Promise<T> {
    const { status, ...rest } = audit;
    const moved = status?.to !== undefined && status.to !== status.from ? status : undefined;
    const { after } = await updateVersioned(m, {
      target: this.kind.target,
      before,
      version,
      patch,
      audit: {
        module: this.kind.module,
        userId: caller.id,
        fields: this.kind.audited ?? [],
        action: () => (moved ? 'STATUS_CHANGE' : 'UPDATE'),
        describe: (d) =>
          moved
            ? auditText(`${this.kind.key}.status` as AuditTextKey, {
                number: d.number,
                from: moved.labels[moved.from],
                to: moved.labels[moved.to!],
              })
            : auditText(`${this.kind.key}.update` as AuditTextKey, { number: d.number }),
        ...rest,
      },
    });
    return after;
  }

  /** CUS-03: the customer a document is now made for is approached (NEW or OTHER → APPROACHED). */
  protected promote(
    m: EntityManager,
    caller: AuthUser,
    customerId: string,
    event: 'QUOTE' | 'CONTRACT' | 'ORDER',
    number: string,
  ): Promise<void> {
    const key = event === 'QUOTE' ? 'quote.update' : event === 'ORDER' ? 'order.update' : 'contract.update';
    return promoteCustomers(m, caller, [customerId], byDocument(event, auditText(key, { number })));
  }
}
