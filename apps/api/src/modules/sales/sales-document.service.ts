import type { DataSource, EntityTarget } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { scopeOwned, type Ownership } from '../../core/scope';
import { validIds } from '../../core/sql';
import { preparedNamed } from '../../db/prepared';
import { decodeCursor, encodeCursor, resolveFirst, type PageArgs } from '../../graphql/connection';
import { rawHydrator } from '../../graphql/hydrate';
import { Contract } from '../contract/contract.entity';
import { Invoice } from '../invoice/invoice.entity';
import { Opportunity } from '../opportunity/opportunity.entity';
import { OPPORTUNITY_OWNERSHIP } from '../opportunity/opportunity.service';
import { Order } from '../order/order.entity';
import { Quote } from '../quote/quote.entity';
import { QUOTE_OWNERSHIP } from '../quote/quote.service';
import { Receipt } from '../receipt/receipt.entity';
import { documentOwnership, readDocument, RECEIPT_OWNERSHIP } from './document-access';
import type { SalesDocumentConnection, SalesDocumentValue } from './sales-document';

export const CONTRACT_OWNERSHIP = documentOwnership('contract');
export const ORDER_OWNERSHIP = documentOwnership('sales_order');
export const INVOICE_OWNERSHIP = documentOwnership('invoice');

interface Kind {
  target: EntityTarget<SalesDocumentValue>;
  ownership: Ownership;
  /** Whether it links back to the quote it was made from. */
  fromQuote: boolean;
}

const KINDS: Kind[] = [
  { target: Opportunity, ownership: OPPORTUNITY_OWNERSHIP, fromQuote: false },
  { target: Quote, ownership: QUOTE_OWNERSHIP, fromQuote: false },
  { target: Contract, ownership: CONTRACT_OWNERSHIP, fromQuote: true },
  { target: Order, ownership: ORDER_OWNERSHIP, fromQuote: true },
  { target: Invoice, ownership: INVOICE_OWNERSHIP, fromQuote: true },
  { target: Receipt, ownership: RECEIPT_OWNERSHIP, fromQuote: false },
];

/** Milliseconds, as the cursor (a JS date) carries them: the order and the cursor agree. */
const CREATED = `date_trunc('milliseconds', d.created_at)`;

const newestFirst = (a: SalesDocumentValue, b: SalesDocumentValue) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Documents of several kinds at once: a customer's tab, what a quote became. */
export class SalesDocumentService {
  /** Each kind's entity from its columns in the tab's row (`k<i>_<column>`). */
  private readonly hydrators: ((raw: Record<string, unknown>) => SalesDocumentValue)[];
  /** The tab's outer select list: each kind's row spread into its own columns. */
  private readonly spread: string;

  constructor(private readonly ds: DataSource) {
    this.hydrators = KINDS.map((k, i) => rawHydrator(ds, k.target, `k${i}`));
    this.spread = KINDS.flatMap((k, i) =>
      ds
        .getMetadata(k.target)
        .columns.filter((c) => c.isSelect)
        .map((c) => `(x.k${i}).${c.databaseName} AS "k${i}_${c.databaseName}"`),
    ).join(', ');
  }

  /**
   * API.md `customerSalesDocuments`: every kind the caller may see, newest first, keyset cursor
   * (created, id) the same for all kinds. One prepared statement reads the page: each kind's next
   * page from its customer index (its whole row as a value of the table's type, the other kinds'
   * NULL), merged in SQL. The total is the page's size when a first page holds every document,
   * else a second statement, run only when asked for. Twelve statements (a page and a count per
   * kind) spent more time being planned than run.
   */
  async ofCustomer(caller: AuthUser, customerId: string, page: PageArgs): Promise<SalesDocumentConnection> {
    const first = resolveFirst(page.first);
    const cursor = page.after ? decodeCursor(page.after, 2) : null;
    const [cid] = validIds([customerId]);
    const tables = KINDS.map((k) => this.ds.getMetadata(k.target).tableName);
    const params: Record<string, unknown> = { take: first + 1 };
    const query = (k: Kind) => {
      const qb = scopeOwned(
        this.ds
          .getRepository(k.target)
          .createQueryBuilder('d')
          .where('d.customer_id = :cid AND d.deleted_at IS NULL', { cid }),
        'd',
        caller,
        k.ownership,
      );
      Object.assign(params, qb.getParameters());
      return qb;
    };
    const pages = KINDS.map((k, i) => {
      const qb = query(k).select(String(i), 'kind').addSelect('d.id', 'id').addSelect(CREATED, 'at');
      tables.forEach((t, j) => qb.addSelect(j === i ? `d::${t}` : `NULL::${t}`, `k${j}`));
      if (cursor) {
        qb.andWhere(`(${CREATED}, d.id) < (:at, :id)`, { at: cursor[0], id: cursor[1] });
        Object.assign(params, qb.getParameters());
      }
      return `(${qb.orderBy(CREATED, 'DESC').addOrderBy('d.id', 'DESC').getQuery()} LIMIT :take)`;
    });
    const rows = await preparedNamed(
      this.ds,
      `SELECT x.kind, ${this.spread} FROM (${pages.join(' UNION ALL ')}) x
        ORDER BY x.at DESC, x.id DESC LIMIT :take`,
      params,
    );
    const found = rows.map((r) => this.hydrators[Number(r.kind)](r));
    const nodes = found.slice(0, first);
    const edges = nodes.map((node) => ({
      cursor: encodeCursor([node.createdAt.toISOString(), node.id]),
      node,
    }));
    const hasNextPage = found.length > first;
    return {
      edges,
      nodes,
      pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: async () => {
        if (!cursor && !hasNextPage) {
          return found.length;
        }
        const counts = KINDS.map((k) => `(${query(k).select('count(*)').getQuery()})`);
        const [row] = await preparedNamed(this.ds, `SELECT (${counts.join(' + ')})::int AS n`, params);
        return row.n as number;
      },
    };
  }

  contract(caller: AuthUser, id: string): Promise<Contract> {
    return this.one(caller, Contract, CONTRACT_OWNERSHIP, id);
  }

  order(caller: AuthUser, id: string): Promise<Order> {
    return this.one(caller, Order, ORDER_OWNERSHIP, id);
  }

  invoice(caller: AuthUser, id: string): Promise<Invoice> {
    return this.one(caller, Invoice, INVOICE_OWNERSHIP, id);
  }

  private one<T extends SalesDocumentValue>(
    caller: AuthUser,
    target: EntityTarget<T>,
    o: Ownership,
    id: string,
  ): Promise<T> {
    return readDocument(this.ds.manager, caller, o, target, id, 'view');
  }

  /** The contracts, orders and invoices made from a quote that the caller may see. */
  async fromQuote(caller: AuthUser, quoteId: string): Promise<SalesDocumentValue[]> {
    const found = await Promise.all(
      KINDS.filter((k) => k.fromQuote).map((k) =>
        scopeOwned(
          this.ds
            .getRepository(k.target)
            .createQueryBuilder('d')
            .where('d.quote_id = :qid AND d.deleted_at IS NULL', { qid: validIds([quoteId])[0] }),
          'd',
          caller,
          k.ownership,
        ).getMany(),
      ),
    );
    return found.flat().sort(newestFirst);
  }
}
