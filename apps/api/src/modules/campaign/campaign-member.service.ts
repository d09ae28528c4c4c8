import { analyzeAfterBulkAction } from '../../db/analyze';
import { AppError, canTransition, foldVietnamese, type CampaignMemberStatus } from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import { type AuditService } from '../audit/audit.service';
import { assertCustomersInScope, customerPublicText, customerVisibleSql } from '../customer/customer-access';
import type { CustomerQueryService } from '../customer/customer-query.service';
import { recordStatusChanges, type LockedMember } from './campaign-member-audit';
import { Campaign, CampaignMember } from './campaign.entity';
import {
  CampaignMemberSortField,
  type CampaignCustomerFilter,
  type CampaignMemberFilter,
  type CampaignMemberOrder,
} from './campaign.inputs';
import type { CampaignService } from './campaign.service';
import { escapeLike, UUID } from '../../core/sql';
import { sortColumns } from '../../core/listing';

const SORT = sortColumns(CampaignMemberSortField, 'm', {
  NAME: '(SELECT sc.name FROM customer sc WHERE sc.id = m.customer_id)',
});

export interface AddMembersCount {
  added: number;
  skipped: number;
}

export type AddSource = 'ADD' | 'REGISTRATION';
export type MoveSource = 'MANUAL' | 'KEYPRESS';

const validIds = (list: string[]) =>
  list.filter((x) => UUID.test(x)).concat(['00000000-0000-0000-0000-000000000000']);

export class CampaignMemberService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignService,
    private readonly customers: CustomerQueryService,
  ) {}

  /** Members of a campaign (every signed-in user sees the rows; customer details follow the scope). */
  async list(
    caller: AuthUser,
    campaignId: string,
    filter: CampaignMemberFilter = {},
    orderBy: CampaignMemberOrder[] = [],
    page: PageArgs,
  ) {
    await this.campaigns.byId(campaignId);
    const qb = this.ds
      .getRepository(CampaignMember)
      .createQueryBuilder('m')
      .where('m.campaign_id = :campaignId', { campaignId });
    if (filter.statuses?.length) {
      qb.andWhere('m.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.joinedFrom) {
      qb.andWhere(`m.joined_at >= (:joinedFrom::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`, {
        joinedFrom: filter.joinedFrom,
      });
    }
    if (filter.joinedTo) {
      qb.andWhere(`m.joined_at < ((:joinedTo::date) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`, {
        joinedTo: filter.joinedTo,
      });
    }
    if (filter.search?.trim() || filter.ownerIds?.length) {
      const conditions: string[] = ['fc.id = m.customer_id'];
      if (filter.search?.trim()) {
        // CMP-08: name, office address, phone, e-mail (all in the customer's folded search text);
        // CUS-07: of a customer the caller may not see, only what anyone may see of it.
        conditions.push(
          `fc.search_text LIKE :search AND (${customerVisibleSql(qb, 'fc', caller)} OR ${customerPublicText('fc')} LIKE :search)`,
        );
        qb.setParameter('search', `%${escapeLike(foldVietnamese(filter.search))}%`);
      }
      if (filter.ownerIds?.length) {
        conditions.push('fc.owner_id IN (:...ownerIds)');
        qb.setParameter('ownerIds', validIds(filter.ownerIds));
      }
      qb.andWhere(`EXISTS (SELECT 1 FROM customer fc WHERE ${conditions.join(' AND ')})`);
    }
    const order = orderBy[0] ?? { field: CampaignMemberSortField.JOINED_AT, direction: SortDirection.DESC };
    const connection = await paginate(qb, page, {
      expression: SORT[order.field],
      direction: order.direction,
    });
    if (!filter.search?.trim() && !filter.ownerIds?.length && !filter.joinedFrom && !filter.joinedTo) {
      // Only statuses (or nothing): the kept counts answer without counting the members.
      connection.totalCount = async () => {
        const [{ n }]: { n: number }[] = await this.ds.query(
          `SELECT coalesce(sum(n), 0)::int AS n FROM campaign_status_count
            WHERE campaign_id = $1 AND ($2::text[] IS NULL OR status = ANY($2::text[]))`,
          [campaignId, filter.statuses?.length ? filter.statuses : null],
        );
        return n;
      };
    }
    return connection;
  }

  /** The campaigns a customer (visible to the caller) takes part in, newest first. */
  /** Which of these customers are already in the campaign (the picker marks them, CMP-05). */
  async memberCustomerIds(campaignId: string, customerIds: string[]): Promise<string[]> {
    await this.campaigns.byId(campaignId);
    const ids = [...new Set(customerIds)].filter((id) => UUID.test(id));
    if (customerIds.length > 500) {
      throw AppError.badInput([{ field: 'customerIds', message: 'v.tooMany' }]);
    }
    if (ids.length === 0) {
      return [];
    }
    const rows: { customer_id: string }[] = await this.ds.query(
      `SELECT customer_id FROM campaign_member WHERE campaign_id = $1 AND customer_id = ANY($2::uuid[])`,
      [campaignId, ids],
    );
    return rows.map((r) => r.customer_id);
  }

  async ofCustomer(customerId: string): Promise<CampaignMember[]> {
    return this.ds
      .getRepository(CampaignMember)
      .createQueryBuilder('m')
      .innerJoin(Campaign, 'k', 'k.id = m.campaign_id AND k.deleted_at IS NULL')
      .where('m.customer_id = :customerId', { customerId })
      .orderBy('m.joined_at', 'DESC')
      .limit(200)
      .getMany();
  }

  /** CMP-05 by ids: each must be visible to the caller; customers already in are skipped. */
  async add(caller: AuthUser, campaignId: string, customerIds: string[]): Promise<AddMembersCount> {
    return this.analyzed(
      this.ds.transaction(async (m) => {
        const campaign = await this.campaigns.forManage(m, caller, campaignId);
        const ids = await assertCustomersInScope(m, customerIds, caller, 'view');
        const added = await this.insertMembers(m, caller, campaign, `SELECT unnest($1::uuid[]) AS id`, [ids]);
        return this.recordAdd(m, caller, campaign, added, ids.length - added);
      }),
    );
  }

  /** CMP-05 "tick all matching": one set-based INSERT … SELECT over the customers filter. */
  async addByFilter(
    caller: AuthUser,
    campaignId: string,
    filter: CampaignCustomerFilter,
  ): Promise<AddMembersCount> {
    return this.analyzed(
      this.ds.transaction(async (m) => {
        const campaign = await this.campaigns.forManage(m, caller, campaignId);
        const [sql, params] = this.customers
          .filtered(caller, filter)
          .select('c.id', 'id')
          .getQueryAndParameters();
        const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM (${sql}) x`, params);
        const added = await this.insertMembers(m, caller, campaign, sql, params);
        return this.recordAdd(m, caller, campaign, added, n - added);
      }),
    );
  }

  /** A large add changes the members' tables enough to plan on fresh statistics. */
  private async analyzed(work: Promise<AddMembersCount>): Promise<AddMembersCount> {
    const result = await work;
    await analyzeAfterBulkAction(this.ds, ['campaign_member', 'campaign_member_event'], result.added);
    return result;
  }

  /**
   * Inserts the customers selected by `sql` (one `id` column, parameters `params`) as REGISTERED,
   * with their first status event, in one statement; returns how many were new.
   */
  private async insertMembers(
    m: EntityManager,
    caller: AuthUser | null,
    campaign: Campaign,
    sql: string,
    params: unknown[],
    source: AddSource = 'ADD',
  ): Promise<number> {
    const k = params.length;
    const [{ n }]: { n: number }[] = await m.query(
      `WITH ins AS (
         INSERT INTO campaign_member (campaign_id, customer_id, source, added_by)
         SELECT $${k + 1}::uuid, s.id, $${k + 3}, $${k + 2}::uuid FROM (${sql}) s
         ON CONFLICT (customer_id, campaign_id) DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [...params, campaign.id, caller?.id ?? null, source],
    );
    return n;
  }

  /** For the public form: one customer, added when new to the campaign. */
  async addOne(m: EntityManager, campaign: Campaign, customerId: string, source: AddSource) {
    return this.insertMembers(m, null, campaign, `SELECT $1::uuid AS id`, [customerId], source);
  }

  private async recordAdd(
    m: EntityManager,
    caller: AuthUser,
    campaign: Campaign,
    added: number,
    skipped: number,
  ): Promise<AddMembersCount> {
    // One entry for the whole addition: the members are listed by their REGISTERED events.
    await this.audit.record(m, {
      action: 'UPDATE',
      module: 'campaign',
      recordId: campaign.id,
      userId: caller.id,
      description: auditText('campaign.addMembers', {
        code: campaign.code,
        name: campaign.name,
        added,
        skipped,
      }),
      changes: { members: { from: null, to: { added, skipped } } },
    });
    return { added, skipped };
  }

  /**
   * CMP-06 on every path. The members are locked (in id order, so two bulk changes cannot
   * deadlock) and checked against their status as it is now: a concurrent change is waited for,
   * then judged on its result. Any forbidden move refuses the whole call and nothing changes.
   */
  async changeStatus(
    caller: AuthUser,
    memberIds: string[],
    to: CampaignMemberStatus,
    source: MoveSource = 'MANUAL',
    m?: EntityManager,
  ): Promise<CampaignMember[]> {
    const run = async (tx: EntityManager) => {
      const unique = [...new Set(memberIds)];
      if (unique.length === 0 || unique.some((id) => !UUID.test(id))) {
        throw new AppError('NOT_FOUND');
      }
      // Campaigns first (in id order), as every other member change does: no lock-order deadlock.
      const owners: { campaign_id: string }[] = await tx.query(
        'SELECT DISTINCT campaign_id FROM campaign_member WHERE id = ANY($1::uuid[]) ORDER BY campaign_id',
        [unique],
      );
      const campaigns = new Map<string, Campaign>();
      for (const { campaign_id: id } of owners) {
        campaigns.set(id, await this.campaigns.forManage(tx, caller, id));
      }
      const rows: LockedMember[] = await tx.query(
        `SELECT m.id, m.campaign_id, m.status, m.customer_id FROM campaign_member m
          WHERE m.id = ANY($1::uuid[]) ORDER BY m.id FOR UPDATE`,
        [unique],
      );
      if (rows.length !== unique.length) {
        throw new AppError('NOT_FOUND');
      }
      const refused = rows
        .filter((r) => !canTransition(r.status, to))
        .map((r) => ({ memberId: r.id, from: r.status, to }));
      if (refused.length > 0) {
        throw new AppError('INVALID_TRANSITION', {
          messageKey: 'campaign.invalidTransition',
          params: { count: refused.length },
          details: { refused },
        });
      }
      await tx.query(
        `WITH upd AS (
           UPDATE campaign_member SET status = $2, status_changed_at = now()
            WHERE id = ANY($1::uuid[]) RETURNING id, campaign_id)
         INSERT INTO campaign_member_event (member_id, campaign_id, from_status, to_status, source, user_id)
         SELECT upd.id, upd.campaign_id, prev.status, $2, $4, $5::uuid
           FROM upd JOIN unnest($1::uuid[], $3::text[]) AS prev(id, status) ON prev.id = upd.id`,
        [rows.map((r) => r.id), to, rows.map((r) => r.status), source, caller.id],
      );
      await recordStatusChanges(tx, this.audit, caller, campaigns, rows, to);
      return tx
        .getRepository(CampaignMember)
        .createQueryBuilder('m')
        .where('m.id = ANY(:ids::uuid[])', { ids: unique })
        .getMany();
    };
    return m ? run(m) : this.ds.transaction(run);
  }
}
