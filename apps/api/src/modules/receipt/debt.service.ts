import { vietnamDay } from '@sen/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { writeAudit } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { assertInScope, scopeOwned } from '../../core/scope';
import { containsFolded, validIds } from '../../core/sql';
import { decodeCursor, encodeCursor, PageInfo, resolveFirst, type PageArgs } from '../../graphql/connection';
import { DateScalar, MoneyScalar } from '../../graphql/scalars';
import { CUSTOMER_OWNERSHIP } from '../customer/customer-access';
import { Invoice } from '../invoice/invoice.entity';
import { INVOICE_OWNERSHIP } from '../sales/sales-document.service';

/** The aging buckets of API.md `DebtBucket`, by days past due. */
export const DEBT_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;

@ObjectType({ simpleResolvers: true })
export class DebtBucket {
  @Field({ description: '"0-30" | "31-60" | "61-90" | "90+" days past due.' })
  label!: string;

  @Field(() => MoneyScalar)
  amount!: string;
}

/**
 * SAL-07 Công nợ of one customer: its issued invoices (Đã phát hành, Thanh toán một phần, Đã thanh
 * toán; never a draft or a cancelled one) less what receipts paid on them. Overdue is what is still
 * owed on invoices whose due date (or, without one, whose date) is before `asOf`; the buckets split
 * the overdue amount by how many days past due each invoice is, so they add up to `overdue`.
 */
@ObjectType({ simpleResolvers: true })
export class Debt {
  customerId!: string;

  @Field(() => MoneyScalar)
  invoiced!: string;

  @Field(() => MoneyScalar)
  received!: string;

  @Field(() => MoneyScalar)
  outstanding!: string;

  @Field(() => MoneyScalar)
  overdue!: string;

  @Field(() => [DebtBucket])
  buckets!: DebtBucket[];

  @Field(() => DateScalar, { description: 'The day overdue and the buckets are judged against.' })
  asOf!: string;

  @Field(() => Int, { description: 'Issued invoices still owing.' })
  openInvoices!: number;
}

@ObjectType({ simpleResolvers: true })
class DebtEdge {
  @Field()
  cursor!: string;

  @Field(() => Debt)
  node!: Debt;
}

@ObjectType({ simpleResolvers: true })
export class DebtConnection {
  @Field(() => [DebtEdge])
  edges!: DebtEdge[];

  @Field(() => [Debt])
  nodes!: Debt[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { simple: true })
  totalCount!: () => Promise<number>;
}

@InputType()
export class DebtFilter {
  @Field(() => [ID], { nullable: true, description: 'The invoices’ owners (salespeople).' })
  ownerIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only customers with an overdue amount.' })
  overdueOnly?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default: today in Vietnam.' })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Customer code and name.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;
}

interface DebtRow {
  customer_id: string;
  invoiced: string;
  received: string;
  outstanding: string;
  overdue: string;
  b0: string;
  b1: string;
  b2: string;
  b3: string;
  open: number;
}

const OWED = '(i.total - i.received)';
const PAST_DUE = `(:asOf::date - coalesce(i.due_date, i.date))`;

const debtOf = (r: DebtRow, asOf: string): Debt =>
  Object.assign(new Debt(), {
    customerId: r.customer_id,
    invoiced: r.invoiced,
    received: r.received,
    outstanding: r.outstanding,
    overdue: r.overdue,
    buckets: DEBT_BUCKETS.map((label, i) => ({ label, amount: [r.b0, r.b1, r.b2, r.b3][i] })),
    asOf,
    openInvoices: Number(r.open),
  });

/** Issued invoices that count for debt (a draft or a cancelled one counts nothing). */
const COUNTED = `i.deleted_at IS NULL AND i.status IN ('ISSUED', 'PARTIAL', 'PAID')`;
/**
 * The invoices that still owe: a paid one owes nothing (received = total), so what a customer owes,
 * its overdue and its buckets are sums over these alone, read from ix_invoice_debt.
 */
const OPEN = `i.deleted_at IS NULL AND i.status IN ('ISSUED', 'PARTIAL')`;

/** A customer still owing and how much: the debts list's order. */
interface OwingRow {
  customer_id: string;
  outstanding: string;
}

/** Công nợ: per customer, and the debts list sorted by what is owed. */
export class DebtService {
  constructor(private readonly ds: DataSource) {}

  /** The filter's narrowing of the caller's invoices (owners, one customer, the customer search). */
  private narrow(qb: SelectQueryBuilder<Invoice>, filter: DebtFilter): SelectQueryBuilder<Invoice> {
    if (filter.ownerIds?.length) {
      qb.andWhere('i.owner_id IN (:...debtOwners)', { debtOwners: validIds(filter.ownerIds) });
    }
    if (filter.customerId) {
      qb.andWhere('i.customer_id = :debtCustomer', { debtCustomer: validIds([filter.customerId])[0] });
    }
    if (filter.search?.trim()) {
      qb.andWhere(`i.customer_id IN (SELECT dc.id FROM customer dc WHERE dc.search_text LIKE :debtSearch)`, {
        debtSearch: containsFolded(filter.search.trim()),
      });
    }
    return qb;
  }

  /** The caller's invoices that count for debt, grouped per customer, with the sums of API.md `Debt`. */
  private grouped(caller: AuthUser, filter: DebtFilter, asOf: string): SelectQueryBuilder<Invoice> {
    const qb = this.ds
      .getRepository(Invoice)
      .createQueryBuilder('i')
      .select('i.customer_id', 'customer_id')
      .addSelect('sum(i.total)::text', 'invoiced')
      .addSelect('sum(i.received)::text', 'received')
      .addSelect(`sum(${OWED})::text`, 'outstanding')
      .addSelect(`coalesce(sum(${OWED}) FILTER (WHERE ${PAST_DUE} > 0), 0)::text`, 'overdue')
      .addSelect(`coalesce(sum(${OWED}) FILTER (WHERE ${PAST_DUE} BETWEEN 1 AND 30), 0)::text`, 'b0')
      .addSelect(`coalesce(sum(${OWED}) FILTER (WHERE ${PAST_DUE} BETWEEN 31 AND 60), 0)::text`, 'b1')
      .addSelect(`coalesce(sum(${OWED}) FILTER (WHERE ${PAST_DUE} BETWEEN 61 AND 90), 0)::text`, 'b2')
      .addSelect(`coalesce(sum(${OWED}) FILTER (WHERE ${PAST_DUE} > 90), 0)::text`, 'b3')
      .addSelect(`count(*) FILTER (WHERE ${OWED} > 0)::int`, 'open')
      .where(COUNTED)
      .setParameter('asOf', asOf)
      .groupBy('i.customer_id');
    scopeOwned(qb, 'i', caller, INVOICE_OWNERSHIP);
    return this.narrow(qb, filter);
  }

  /** API.md `customerDebt`: zeros for a customer without issued invoices; NOT_FOUND if not visible. */
  async ofCustomer(caller: AuthUser, customerId: string, asOf?: string | null): Promise<Debt> {
    await assertInScope(this.ds.manager, CUSTOMER_OWNERSHIP, [customerId], caller, 'view');
    const day = asOf ?? vietnamDay(new Date());
    const row = (await this.grouped(caller, { customerId }, day).getRawOne()) as DebtRow | undefined;
    return debtOf(
      row ?? {
        customer_id: customerId,
        invoiced: '0',
        received: '0',
        outstanding: '0',
        overdue: '0',
        b0: '0',
        b1: '0',
        b2: '0',
        b3: '0',
        open: 0,
      },
      day,
    );
  }

  /**
   * The customers still owing (with an overdue amount for `overdueOnly`) and what they owe, from
   * their open invoices alone; the caller's scope reads the customers they see once, as a set.
   */
  private owing(caller: AuthUser, filter: DebtFilter, asOf: string): SelectQueryBuilder<Invoice> {
    const qb = this.ds
      .getRepository(Invoice)
      .createQueryBuilder('i')
      .select('i.customer_id', 'customer_id')
      .addSelect(`sum(${OWED})`, 'outstanding')
      .where(OPEN)
      .groupBy('i.customer_id')
      .having(`sum(${OWED}) > 0`);
    scopeOwned(qb, 'i', caller, INVOICE_OWNERSHIP, 'view', 'set');
    if (filter.overdueOnly) {
      qb.andHaving(`bool_or(${PAST_DUE} > 0 AND ${OWED} > 0)`).setParameter('asOf', asOf);
    }
    return this.narrow(qb, filter);
  }

  /** The debts of these customers, in this order (the rows of a page). */
  private async debtsOf(caller: AuthUser, filter: DebtFilter, asOf: string, ids: string[]): Promise<Debt[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = (await this.grouped(caller, filter, asOf)
      // One array parameter joined as a set: a list of 2,000 values would be compared row by row.
      .andWhere('i.customer_id IN (SELECT unnest(CAST(:debtPage AS uuid[])))', { debtPage: ids })
      .getRawMany()) as DebtRow[];
    const byId = new Map(rows.map((r) => [r.customer_id, r]));
    // A customer whose invoices left the debt since its order was read is left out.
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [debtOf(row, asOf)] : [];
    });
  }

  list(caller: AuthUser, filter: DebtFilter = {}, page: PageArgs): Promise<DebtConnection> {
    return this.page(caller, filter, resolveFirst(page.first), page.after ?? null);
  }

  /**
   * A page of the list (API.md `debts`), most owed first; keyset on (outstanding, customer). The
   * customers still owing are aggregated once, from the open invoices: the page's keys and their
   * count come from that one pass; then the page's customers get their full debt.
   */
  private async page(
    caller: AuthUser,
    filter: DebtFilter,
    first: number,
    after: string | null,
  ): Promise<DebtConnection> {
    const asOf = filter.asOf ?? vietnamDay(new Date());
    const [owing, params] = this.owing(caller, filter, asOf).getQueryAndParameters();
    const p = params.length;
    let keyset = '';
    if (after) {
      const [owed, id] = decodeCursor(after, 2);
      keyset = `WHERE (o.outstanding, o.customer_id) < ($${p + 2}::bigint, $${p + 3}::uuid)`;
      params.push(String(owed), validIds([String(id)])[0]);
    }
    const keys: (OwingRow & { total: number })[] = await this.ds.query(
      `WITH o AS MATERIALIZED (${owing})
       SELECT o.customer_id, o.outstanding, (SELECT count(*) FROM o)::int AS total FROM o ${keyset}
        ORDER BY o.outstanding DESC, o.customer_id DESC LIMIT $${p + 1}`,
      [...params.slice(0, p), first + 1, ...params.slice(p)],
    );
    const nodes = await this.debtsOf(
      caller,
      filter,
      asOf,
      keys.slice(0, first).map((k) => k.customer_id),
    );
    const edges = nodes.map((node) => ({ cursor: encodeCursor([node.outstanding, node.customerId]), node }));
    return {
      edges,
      nodes,
      pageInfo: { hasNextPage: keys.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: async () => {
        if (keys.length > 0) {
          return keys[0].total;
        }
        const [{ n }]: { n: number }[] = await this.ds.query(
          `SELECT count(*)::int AS n FROM (${owing}) x`,
          params.slice(0, p),
        );
        return n;
      },
    };
  }

  /**
   * Every row of the list, in its order, a batch at a time (the export): the order of every
   * customer still owing is read once (ids and amounts only), then each batch's debts.
   */
  async *batches(caller: AuthUser, filter: DebtFilter, size = 2000): AsyncGenerator<Debt[]> {
    const asOf = filter.asOf ?? vietnamDay(new Date());
    const keys = (await this.owing(caller, filter, asOf)
      .orderBy(`sum(${OWED})`, 'DESC')
      .addOrderBy('i.customer_id', 'DESC')
      .getRawMany()) as OwingRow[];
    const ids = keys.map((k) => k.customer_id);
    keys.length = 0;
    for (let at = 0; at < ids.length; at += size) {
      yield await this.debtsOf(caller, filter, asOf, ids.slice(at, at + size));
    }
  }

  /** Customers' codes and names (the export's rows; their debts were already scoped). */
  customerNames(ids: string[]): Promise<{ id: string; code: string; name: string }[]> {
    return this.ds.query(
      `SELECT c.id, c.code, c.name FROM customer c WHERE c.id IN (SELECT unnest($1::uuid[]))`,
      [ids],
    );
  }

  /** The EXPORT entry of a debts export. */
  recordExport(caller: AuthUser, count: number, format: string, filter: DebtFilter): Promise<void> {
    return this.ds.transaction((m) =>
      writeAudit(m, [
        {
          action: 'EXPORT',
          module: 'receipts',
          recordId: null,
          userId: caller.id,
          description: auditText('debt.export', { count, format: format.toUpperCase() }),
          changes: { filter: { from: null, to: filter } },
        },
      ]),
    );
  }
}
