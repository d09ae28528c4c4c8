import {
  AppError,
  CAMPAIGN_MEMBER_STATUSES,
  CAMPAIGN_MEMBER_STATUS_VI,
  cumulativeTotals,
  type CampaignMemberStatus,
} from '@sen/shared';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import { scopeCustomers } from '../customer/customer-access';
import type { Campaign, CampaignStats } from './campaign.entity';
import type { CampaignService } from './campaign.service';

export type ExportFormat = 'pdf' | 'html' | 'xlsx';

export interface ExportFilter {
  statuses: CampaignMemberStatus[];
  joinedFrom: string | null;
  joinedTo: string | null;
}

export interface ExportRow {
  no: number;
  code: string;
  name: string;
  phone: string;
  email: string;
  officeAddress: string;
  owner: string;
  status: string;
  joinedAt: string;
}

export interface ExportHeader {
  campaign: Campaign;
  executor: string;
  stats: CampaignStats;
  filterText: string;
  count: number;
  exportedAt: string;
}

const BATCH = 2000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` → `dd/MM/yyyy`. */
export const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** CMP-09: the members of a campaign, read in keyset batches so memory stays flat. */
export class CampaignExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignService,
  ) {}

  parseFilter(query: Record<string, unknown>): ExportFilter {
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    const statuses = text(query.statuses)
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean);
    const bad = statuses.filter((s) => !(CAMPAIGN_MEMBER_STATUSES as readonly string[]).includes(s));
    const joinedFrom = text(query.joinedFrom) || null;
    const joinedTo = text(query.joinedTo) || null;
    const fieldErrors = [
      ...(bad.length ? [{ field: 'statuses', message: 'v.invalid' }] : []),
      ...(joinedFrom && !DATE.test(joinedFrom) ? [{ field: 'joinedFrom', message: 'v.date' }] : []),
      ...(joinedTo && !DATE.test(joinedTo) ? [{ field: 'joinedTo', message: 'v.date' }] : []),
    ];
    if (fieldErrors.length) {
      throw AppError.badInput(fieldErrors);
    }
    return { statuses: statuses as CampaignMemberStatus[], joinedFrom, joinedTo };
  }

  /** The report header; writes the EXPORT audit entry (the file is about to leave). */
  async header(
    caller: AuthUser,
    campaignId: string,
    filter: ExportFilter,
    format: ExportFormat,
  ): Promise<ExportHeader> {
    const campaign = await this.campaigns.byId(campaignId);
    const [where, params] = this.where(campaign.id, filter);
    const [{ n }]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM campaign_member m WHERE ${where}`,
      params,
    );
    const counts: { status: CampaignMemberStatus; n: number }[] = await this.ds.query(
      'SELECT status, count(*)::int AS n FROM campaign_member WHERE campaign_id = $1 GROUP BY status',
      [campaign.id],
    );
    const [executor]: { name: string }[] = campaign.executorId
      ? await this.ds.query('SELECT name FROM app_user WHERE id = $1', [campaign.executorId])
      : [];
    const parts = [
      filter.statuses.length ? filter.statuses.map((s) => CAMPAIGN_MEMBER_STATUS_VI[s]).join(', ') : 'Tất cả',
      filter.joinedFrom ? `từ ${viDate(filter.joinedFrom)}` : '',
      filter.joinedTo ? `đến ${viDate(filter.joinedTo)}` : '',
    ].filter(Boolean);
    await this.ds.transaction((m) =>
      this.audit.record(m, {
        action: 'EXPORT',
        module: 'campaign',
        recordId: campaign.id,
        userId: caller.id,
        description: auditText('campaign.export', {
          campaign: campaign.name,
          count: n,
          format: format.toUpperCase(),
        }),
        changes: { filter: { from: null, to: filter } },
      }),
    );
    const now = new Date(Date.now() + 7 * 3600_000).toISOString();
    return {
      campaign,
      executor: executor?.name ?? '',
      stats: cumulativeTotals(Object.fromEntries(counts.map((c) => [c.status, c.n]))),
      filterText: parts.join(' '),
      count: n,
      exportedAt: `${viDate(now.slice(0, 10))} ${now.slice(11, 16)}`,
    };
  }

  /**
   * Rows in join order. Contact details of a customer outside the caller's scope stay empty:
   * the report shows the same as the members tab.
   */
  async *rows(caller: AuthUser, campaignId: string, filter: ExportFilter): AsyncGenerator<ExportRow[]> {
    const [where, params] = this.where(campaignId, filter);
    let after: [string, string] | null = null;
    let no = 0;
    for (;;) {
      const k = params.length;
      const batch: {
        id: string;
        customer_id: string;
        joined_at: Date;
        ja: string;
        status: CampaignMemberStatus;
        code: string;
        name: string;
        phone: string | null;
        email: string | null;
        office_address: string | null;
        owner: string;
      }[] = await this.ds.query(
        `SELECT m.id, m.customer_id, m.joined_at, m.joined_at::text AS ja, m.status, c.code, c.name, c.phone, c.email,
                c.office_address, u.name AS owner
           FROM campaign_member m JOIN customer c ON c.id = m.customer_id JOIN app_user u ON u.id = c.owner_id
          WHERE ${where} ${after ? `AND (m.joined_at, m.id) > ($${k + 1}::timestamptz, $${k + 2}::uuid)` : ''}
          ORDER BY m.joined_at, m.id LIMIT ${BATCH}`,
        after ? [...params, ...after] : params,
      );
      if (batch.length === 0) {
        return;
      }
      const visible = await this.visible(
        caller,
        batch.map((b) => b.customer_id),
      );
      yield batch.map((b) => {
        const show = visible.has(b.customer_id);
        const day = new Date(b.joined_at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
        return {
          no: ++no,
          code: b.code,
          name: b.name,
          phone: show ? (b.phone ?? '') : '',
          email: show ? (b.email ?? '') : '',
          officeAddress: show ? (b.office_address ?? '') : '',
          owner: b.owner,
          status: CAMPAIGN_MEMBER_STATUS_VI[b.status],
          joinedAt: viDate(day),
        };
      });
      const last = batch[batch.length - 1];
      after = [last.ja, last.id];
      if (batch.length < BATCH) {
        return;
      }
    }
  }

  private async visible(caller: AuthUser, ids: string[]): Promise<Set<string>> {
    if (caller.role === 'ADMIN') {
      return new Set(ids);
    }
    const qb = this.ds
      .createQueryBuilder()
      .select('c.id', 'id')
      .from('customer', 'c')
      .where('c.id IN (:...ids)', { ids });
    const rows: { id: string }[] = await scopeCustomers(qb, 'c', caller).getRawMany();
    return new Set(rows.map((r) => r.id));
  }

  private where(campaignId: string, f: ExportFilter): [string, unknown[]] {
    const conditions = ['m.campaign_id = $1'];
    const params: unknown[] = [campaignId];
    if (f.statuses.length) {
      params.push(f.statuses);
      conditions.push(`m.status = ANY($${params.length}::text[])`);
    }
    if (f.joinedFrom) {
      params.push(f.joinedFrom);
      conditions.push(`m.joined_at >= ($${params.length}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`);
    }
    if (f.joinedTo) {
      params.push(f.joinedTo);
      conditions.push(
        `m.joined_at < (($${params.length}::date) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`,
      );
    }
    return [conditions.join(' AND '), params];
  }
}
