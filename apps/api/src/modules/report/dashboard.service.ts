import {
  CAMPAIGN_MEMBER_STATUSES,
  cumulativeTotals,
  vietnamDay,
  type CampaignMemberStatus,
} from '@sen/shared';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { TODAY_VI_SQL } from '../campaign/campaign-access';
import { CampaignStatusEnum, Campaign } from '../campaign/campaign.entity';
import type { CustomerQueryService } from '../customer/customer-query.service';
import type { OpportunityService } from '../opportunity/opportunity.service';
import { DEBT_BUCKETS } from '../receipt/debt.service';
import { RECEIPT_OWNERSHIP } from '../sales/document-access';
import { INVOICE_OWNERSHIP } from '../sales/sales-document.service';
import { activitiesDone } from './activities-done';
import type {
  CampaignStatusTotal,
  Dashboard,
  DashboardCampaign,
  DebtAgingBucket,
  RevenueMonth,
  UserCount,
} from './dashboard.types';
import { moneyByDay } from './money-totals';
import { monthsOf, period } from './report-period';

/** Invoices that count as revenue: issued ones; drafts and cancelled ones count for nothing. */
export const REVENUE_STATUSES = ['ISSUED', 'PARTIAL', 'PAID'];
const REVENUE = ` AND d.status IN (${REVENUE_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * REP-02: every tile computed in SQL within the caller's scope, each with the very filter its list
 * applies (the level tabs and the board come from the lists' own services), so they agree.
 */
export class DashboardService {
  constructor(
    private readonly ds: DataSource,
    private readonly customers: CustomerQueryService,
    private readonly opportunities: OpportunityService,
  ) {}

  async dashboard(caller: AuthUser, fromDay: string, toDay: string): Promise<Dashboard> {
    const { from, to } = period(fromDay, toDay);
    const [levelCounts, newCustomers, pipeline, revenueByMonth, activitiesDone, campaigns, debt] =
      await Promise.all([
        this.customers.levelCounts(caller, {}),
        this.customers.count(caller, { createdFrom: from, createdTo: to }),
        this.opportunities.pipeline(caller, {}),
        this.revenue(caller, from, to),
        this.activitiesDone(caller, from, to),
        this.campaigns(from, to),
        this.overdueDebt(caller, vietnamDay(new Date())),
      ]);
    return {
      from,
      to,
      levelCounts,
      newCustomers,
      pipeline,
      revenueByMonth,
      ...debt,
      activitiesDone,
      ...campaigns,
    };
  }

  /**
   * Issued invoices by their date and receipts by theirs, per month of the period (months without
   * any show 0), from the per-day totals the triggers keep (migration 1768700000002).
   */
  async revenue(caller: AuthUser, from: string, to: string): Promise<RevenueMonth[]> {
    const range = { from, to };
    const inRange = 'd.day BETWEEN :from::date AND :to::date';
    const documents = (table: string, amount: string, where: string) => () =>
      this.ds
        .createQueryBuilder()
        .from(table, 'd')
        .select('d.date', 'day')
        .addSelect(amount, 'amount')
        .addSelect('0', 'owing')
        .where(`d.deleted_at IS NULL${where}`)
        .andWhere('d.date BETWEEN :from::date AND :to::date', range);
    const [rows, receiptRows] = await Promise.all([
      this.perMonth(
        moneyByDay(
          this.ds,
          caller,
          INVOICE_OWNERSHIP,
          'R',
          inRange,
          range,
          documents('invoice', 'd.total', REVENUE),
        ),
      ),
      this.perMonth(
        moneyByDay(
          this.ds,
          caller,
          RECEIPT_OWNERSHIP,
          'P',
          inRange,
          range,
          documents('receipt', 'd.amount', ''),
        ),
      ),
    ]);
    const invoiced = new Map(rows.map((r) => [r.month, r.amount]));
    const received = new Map(receiptRows.map((r) => [r.month, r.amount]));
    return monthsOf(from, to).map((month) => ({
      month,
      invoiced: invoiced.get(month) ?? '0',
      received: received.get(month) ?? '0',
    }));
  }

  /** The amounts of per-day rows summed per month. */
  private perMonth([text, values]: [string, unknown[]]): Promise<{ month: string; amount: string }[]> {
    return this.ds.query(
      `SELECT to_char(d.day, 'YYYY-MM') AS month, sum(d.amount)::text AS amount FROM (${text}) d GROUP BY 1`,
      values,
    );
  }

  /**
   * What is still owed on issued invoices past their due date (or, without one, their date) as of
   * `asOf`, split by days past due: the debts list's own rule (its `overdue` and buckets, summed),
   * from the owed amounts per due day the triggers keep (migration 1768700000002).
   */
  async overdueDebt(
    caller: AuthUser,
    asOf: string,
  ): Promise<{ overdueDebt: string; debtAging: DebtAgingBucket[] }> {
    const documents = () =>
      this.ds
        .createQueryBuilder()
        .from('invoice', 'd')
        .select('coalesce(d.due_date, d.date)', 'day')
        .addSelect('d.total - d.received', 'amount')
        .addSelect('(d.total > d.received)::int', 'owing')
        .where(`d.deleted_at IS NULL${REVENUE}`)
        .andWhere('coalesce(d.due_date, d.date) < :asOf::date', { asOf });
    const [text, values] = moneyByDay(
      this.ds,
      caller,
      INVOICE_OWNERSHIP,
      'D',
      'd.day < :asOf::date',
      { asOf },
      documents,
    );
    const past = `($${values.length + 1}::date - x.day)`;
    const ranges = ['BETWEEN 1 AND 30', 'BETWEEN 31 AND 60', 'BETWEEN 61 AND 90', '> 90'];
    const [row] = (await this.ds.query(
      `SELECT coalesce(sum(x.amount), 0)::text AS overdue, ${ranges
        .map(
          (range, n) => `coalesce(sum(x.amount) FILTER (WHERE ${past} ${range}), 0)::text AS a${n},
                         coalesce(sum(x.owing) FILTER (WHERE ${past} ${range}), 0)::int AS c${n}`,
        )
        .join(', ')}
         FROM (${text}) x`,
      [...values, asOf],
    )) as Record<string, string | number>[];
    return {
      overdueDebt: String(row.overdue),
      debtAging: DEBT_BUCKETS.map((bucket, n) => ({
        bucket,
        amount: String(row[`a${n}`]),
        count: Number(row[`c${n}`]),
      })),
    };
  }

  /** The activity list with status DONE and due from–to, counted per assignee. */
  activitiesDone(caller: AuthUser, from: string, to: string): Promise<UserCount[]> {
    return activitiesDone(this.ds, caller, from, to);
  }

  /**
   * Campaigns starting from–to (everyone sees every campaign), as the campaign list counts them:
   * none in the trash. Per status, member totals, latest ten.
   */
  async campaigns(
    from: string,
    to: string,
  ): Promise<{
    campaignStatusCounts: CampaignStatusTotal[];
    campaignTotals: ReturnType<typeof cumulativeTotals>;
    campaigns: DashboardCampaign[];
  }> {
    const range = { from, to };
    const statusRows: { status: CampaignStatusEnum; count: number }[] = await this.ds.query(
      `SELECT CASE WHEN k.start_date > ${TODAY_VI_SQL} THEN 'UPCOMING'
                   WHEN k.end_date < ${TODAY_VI_SQL} THEN 'ENDED' ELSE 'RUNNING' END AS status,
              count(*)::int AS count
         FROM campaign k
        WHERE k.deleted_at IS NULL AND k.start_date BETWEEN $1::date AND $2::date GROUP BY 1`,
      [from, to],
    );
    const memberRows: { status: CampaignMemberStatus; n: number }[] = await this.ds.query(
      `SELECT s.status, sum(s.n)::int AS n FROM campaign_status_count s
         JOIN campaign k ON k.id = s.campaign_id
        WHERE k.deleted_at IS NULL AND k.start_date BETWEEN $1::date AND $2::date GROUP BY s.status`,
      [range.from, range.to],
    );
    const latest = await this.ds
      .getRepository(Campaign)
      .createQueryBuilder('k')
      .where('k.deleted_at IS NULL AND k.start_date BETWEEN :from::date AND :to::date', range)
      .orderBy('k.start_date', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .limit(10)
      .getMany();
    const perCampaign: { campaign_id: string; status: CampaignMemberStatus; n: number }[] = latest.length
      ? await this.ds.query(
          `SELECT campaign_id, status, n FROM campaign_status_count WHERE campaign_id = ANY($1::uuid[])`,
          [latest.map((c) => c.id)],
        )
      : [];
    const byStatus = new Map(statusRows.map((r) => [r.status, r.count]));
    return {
      campaignStatusCounts: Object.values(CampaignStatusEnum).map((status) => ({
        status,
        count: byStatus.get(status) ?? 0,
      })),
      campaignTotals: cumulativeTotals(Object.fromEntries(memberRows.map((r) => [r.status, r.n]))),
      campaigns: latest.map((campaign) => ({
        campaign,
        stats: cumulativeTotals(
          Object.fromEntries(
            CAMPAIGN_MEMBER_STATUSES.map((s) => [
              s,
              perCampaign.find((r) => r.campaign_id === campaign.id && r.status === s)?.n ?? 0,
            ]),
          ),
        ),
      })),
    };
  }
}
