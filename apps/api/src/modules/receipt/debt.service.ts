import { AppError, vietnamDay } from '@sen/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { writeAudit } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { scopeOwned, scopeShapeKey, type Ownership } from '../../core/scope';
import { containsFolded, UUID, validIds } from '../../core/sql';
import { preparedShaped } from '../../db/prepared';
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

/** A row of a page: the debt, the key it is ordered by (the summary's outstanding), the customer. */
interface PageRow extends DebtRow {
  key: string;
  code: string;
  name: string;
}

/**
 * The rows of `customer_debt_owner` (what each customer owes on each owner's invoices, kept by the
 * invoices' triggers) under the invoices' own access rule: the invoice's owner side, or whoever
 * sees the customer (its owner copied on each row as `customer_owner_id`, as on the invoice).
 */
const DEBT_OWNER_OWNERSHIP: Ownership = { ...INVOICE_OWNERSHIP, table: 'customer_debt_owner' };

/** Công nợ: per customer, and the debts list sorted by what is owed. */
export class DebtService {
  constructor(private readonly ds: DataSource) {}

  /** The filter's narrowing of the caller's invoices (owners, one customer, the customer search). */
  private narrow<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    filter: DebtFilter,
    alias = 'i',
  ): SelectQueryBuilder<T> {
    if (filter.ownerIds?.length) {
      qb.andWhere(`${alias}.owner_id IN (:...debtOwners)`, { debtOwners: validIds(filter.ownerIds) });
    }
    if (filter.customerId) {
      qb.andWhere(`${alias}.customer_id = :debtCustomer`, { debtCustomer: validIds([filter.customerId])[0] });
    }
    if (filter.search?.trim()) {
      qb.andWhere(
        `${alias}.customer_id IN (SELECT dc.id FROM customer dc WHERE dc.search_text LIKE :debtSearch)`,
        {
          debtSearch: containsFolded(filter.search.trim()),
        },
      );
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

  /**
   * API.md `customerDebt`: zeros for a customer without issued invoices; NOT_FOUND if not visible.
   * One prepared statement: whether the caller sees the customer, beside its sums.
   */
  async ofCustomer(caller: AuthUser, customerId: string, asOf?: string | null): Promise<Debt> {
    if (!UUID.test(customerId)) {
      throw new AppError('NOT_FOUND');
    }
    const day = asOf ?? vietnamDay(new Date());
    const params = {
      debtCustomer: customerId,
      asOf: day,
      scopeMe: caller.id,
      scopeDept: caller.departmentId,
    };
    const [row] = (await preparedShaped(
      this.ds,
      `debt.ofCustomer:${scopeShapeKey(caller)}`,
      () => {
        const visible = scopeOwned(
          this.ds
            .createQueryBuilder()
            .select('1')
            .from('customer', 'r')
            .where('r.id = :debtCustomer AND r.deleted_at IS NULL', { debtCustomer: customerId }),
          'r',
          caller,
          CUSTOMER_OWNERSHIP,
          'view',
        );
        const sums = this.grouped(caller, { customerId }, day);
        return {
          text: `SELECT EXISTS (${visible.getQuery()}) AS visible, g.*
                   FROM (SELECT 1) one LEFT JOIN (${sums.getQuery()}) g ON true`,
          params: { ...visible.getParameters(), ...sums.getParameters() },
        };
      },
      params,
    )) as unknown as (DebtRow & { visible: boolean })[];
    if (!row?.visible) {
      throw new AppError('NOT_FOUND');
    }
    return debtOf(
      row.customer_id
        ? row
        : {
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
   * The customers still owing as the caller sees them (with an invoice past due on `asOf` for
   * `overdueOnly`) and what they owe, from the summaries the invoices' triggers keep (migration
   * 1768000000001): what is owed and the earliest due date do not depend on the day, so this is
   * exact for any `asOf`. Everything, for an ADMIN, is one row per customer; otherwise the rows per
   * customer and invoice owner that the caller sees (or of the owners asked for) are added up.
   */
  private owing(caller: AuthUser, filter: DebtFilter, asOf: string): SelectQueryBuilder<ObjectLiteral> {
    const qb = this.ds.createQueryBuilder();
    if (caller.role === 'ADMIN' && !filter.ownerIds?.length) {
      qb.from('customer_debt', 'd')
        .select('d.customer_id', 'customer_id')
        .addSelect('d.outstanding', 'outstanding');
      if (filter.overdueOnly) {
        qb.where('d.earliest_due < :asOf', { asOf });
      }
      return this.narrow(qb, filter, 'd');
    }
    qb.from('customer_debt_owner', 'd')
      .select('d.customer_id', 'customer_id')
      .addSelect('sum(d.outstanding)', 'outstanding')
      .groupBy('d.customer_id');
    scopeOwned(qb, 'd', caller, DEBT_OWNER_OWNERSHIP, 'view', 'set');
    if (filter.overdueOnly) {
      qb.having('min(d.earliest_due) < :asOf', { asOf });
    }
    return this.narrow(qb, filter, 'd');
  }

  /**
   * A page of the list in one statement: the page's keys from the summaries (most owed first,
   * keyset on (outstanding, customer)), and for just those customers their full debt as of `asOf`
   * from their invoices (invoiced, received, the buckets), with the customer's code and name.
   * One row more than `first` tells whether there is a next page.
   */
  private async rows(
    caller: AuthUser,
    filter: DebtFilter,
    asOf: string,
    first: number,
    after: string | null,
  ): Promise<PageRow[]> {
    const keys = this.owing(caller, filter, asOf);
    let keyset = '';
    if (after) {
      const [owed, id] = decodeCursor(after, 2);
      keyset = 'WHERE (o.outstanding, o.customer_id) < (CAST(:afterOwed AS bigint), CAST(:afterId AS uuid))';
      keys.setParameters({ afterOwed: String(owed), afterId: validIds([String(id)])[0] });
    }
    // Each key's sums from its own invoices (a lateral per key: a join let the planner hash every
    // invoice, or every customer, for a page of 5,000), then the customer's code and name.
    const sums = this.grouped(caller, filter, asOf).andWhere('i.customer_id = k.customer_id');
    const [sql, params] = this.ds.driver.escapeQueryWithParameters(
      `SELECT s.*, k.outstanding::text AS key,
              (SELECT c.code FROM customer c WHERE c.id = k.customer_id) AS code,
              (SELECT c.name FROM customer c WHERE c.id = k.customer_id) AS name
         FROM (SELECT o.customer_id, o.outstanding FROM (${keys.getQuery()}) o ${keyset}
                ORDER BY o.outstanding DESC, o.customer_id DESC LIMIT ${first + 1}) k
        CROSS JOIN LATERAL (${sums.getQuery()}) s
        ORDER BY k.outstanding DESC, k.customer_id DESC`,
      { ...keys.getParameters(), ...sums.getParameters() },
    );
    return this.ds.query(sql, params);
  }

  list(caller: AuthUser, filter: DebtFilter = {}, page: PageArgs): Promise<DebtConnection> {
    return this.page(caller, filter, resolveFirst(page.first), page.after ?? null);
  }

  /** A page of the list (API.md `debts`), and the count of the whole list when asked for. */
  private async page(
    caller: AuthUser,
    filter: DebtFilter,
    first: number,
    after: string | null,
  ): Promise<DebtConnection> {
    const asOf = filter.asOf ?? vietnamDay(new Date());
    const rows = await this.rows(caller, filter, asOf, first, after);
    const edges = rows
      .slice(0, first)
      .map((r) => ({ cursor: encodeCursor([r.key, r.customer_id]), node: debtOf(r, asOf) }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: async () => {
        const [owing, params] = this.owing(caller, filter, asOf).getQueryAndParameters();
        const [{ n }]: { n: number }[] = await this.ds.query(
          `SELECT count(*)::int AS n FROM (${owing}) x`,
          params,
        );
        return n;
      },
    };
  }

  /** Every row of the list, in its order, a page at a time (the export), with the customers' names. */
  async *batches(
    caller: AuthUser,
    filter: DebtFilter,
    size = 2000,
  ): AsyncGenerator<{ code: string; name: string; debt: Debt }[]> {
    const asOf = filter.asOf ?? vietnamDay(new Date());
    let after: string | null = null;
    for (;;) {
      const rows = await this.rows(caller, filter, asOf, size, after);
      const page = rows.slice(0, size);
      yield page.map((r) => ({ code: r.code, name: r.name, debt: debtOf(r, asOf) }));
      if (rows.length <= size) {
        return;
      }
      after = encodeCursor([page.at(-1)!.key, page.at(-1)!.customer_id]);
    }
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
