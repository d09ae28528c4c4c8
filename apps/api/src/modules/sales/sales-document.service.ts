import type { DataSource, EntityTarget } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { scopeOwned, type Ownership } from '../../core/scope';
import { validIds } from '../../core/sql';
import { decodeCursor, encodeCursor, resolveFirst, type PageArgs } from '../../graphql/connection';
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
  constructor(private readonly ds: DataSource) {}

  /**
   * API.md `customerSalesDocuments`: every kind the caller may see, newest first. Each kind reads
   * its next page from its (customer, created) index; the pages are merged, and the keyset cursor
   * (created, id) is the same for all kinds.
   */
  async ofCustomer(caller: AuthUser, customerId: string, page: PageArgs): Promise<SalesDocumentConnection> {
    const first = resolveFirst(page.first);
    const cursor = page.after ? decodeCursor(page.after, 2) : null;
    const [cid] = validIds([customerId]);
    const query = (k: Kind) => {
      const qb = this.ds
        .getRepository(k.target)
        .createQueryBuilder('d')
        .where('d.customer_id = :cid AND d.deleted_at IS NULL', { cid });
      return scopeOwned(qb, 'd', caller, k.ownership);
    };
    const pages = await Promise.all(
      KINDS.map((k) => {
        const qb = query(k);
        if (cursor) {
          qb.andWhere(`(${CREATED}, d.id) < (:at, :id)`, { at: cursor[0], id: cursor[1] });
        }
        return qb
          .orderBy(CREATED, 'DESC')
          .addOrderBy('d.id', 'DESC')
          .limit(first + 1)
          .getMany();
      }),
    );
    const merged = pages.flat().sort(newestFirst);
    const nodes = merged.slice(0, first);
    const edges = nodes.map((node) => ({
      cursor: encodeCursor([node.createdAt.toISOString(), node.id]),
      node,
    }));
    return {
      edges,
      nodes,
      pageInfo: { hasNextPage: merged.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: async () =>
        (await Promise.all(KINDS.map((k) => query(k).getCount()))).reduce((a, b) => a + b, 0),
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
