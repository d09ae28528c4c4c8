import {
  AppError,
  createCampaignSchema,
  foldVietnamese,
  parseInput,
  updateCampaignSchema,
  type CreateCampaignData,
} from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import { assertAdmin, type AuthUser } from '../../core/caller';
import { assertVersion, insertAudited, updateVersioned } from '../../core/versioned';
import { auditText } from '../../core/audit-text';
import { type AuditService } from '../audit/audit.service';
import { User } from '../user/user.entity';
import { assertManageCampaign, TODAY_VI_SQL } from './campaign-access';
import { Campaign, CampaignStatusEnum } from './campaign.entity';
import {
  CampaignSortField,
  type CampaignFilter,
  type CampaignOrder,
  type CreateCampaignInput,
  type UpdateCampaignInput,
} from './campaign.inputs';
import { escapeLike, UUID } from '../../core/sql';
import { sortColumns } from '../../core/listing';

const SORT = sortColumns(CampaignSortField, 'k', {
  END_DATE: `coalesce(k.end_date, '9999-12-31'::date)`,
});

const AUDITED: (keyof Campaign & string)[] = [
  'code',
  'name',
  'type',
  'startDate',
  'endDate',
  'executorId',
  'description',
  'goals',
  'budget',
  'expectedRevenue',
  'actualRevenue',
  'expenses',
  'keyMap',
];

const contains = (s: string) => `%${escapeLike(foldVietnamese(s))}%`;
const validIds = (list: string[]) =>
  list.filter((x) => UUID.test(x)).concat(['00000000-0000-0000-0000-000000000000']);

export class CampaignService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(_caller: AuthUser, filter: CampaignFilter = {}, orderBy: CampaignOrder[] = [], page: PageArgs) {
    const qb = this.ds
      .getRepository(Campaign)
      .createQueryBuilder('k')
      .where(filter.deleted ? 'k.deleted_at IS NOT NULL' : 'k.deleted_at IS NULL');
    if (filter.search?.trim()) {
      // CMP-04: the name, code, type, or the executor's or creator's name.
      qb.andWhere(
        `(k.search_text LIKE :search OR EXISTS (SELECT 1 FROM app_user su
           WHERE su.id IN (k.executor_id, k.creator_id) AND sen_fold(su.name) LIKE :search))`,
        { search: contains(filter.search) },
      );
    }
    if (filter.executorIds?.length) {
      qb.andWhere('k.executor_id IN (:...executorIds)', { executorIds: validIds(filter.executorIds) });
    }
    if (filter.creatorIds?.length) {
      qb.andWhere('k.creator_id IN (:...creatorIds)', { creatorIds: validIds(filter.creatorIds) });
    }
    if (filter.startFrom) {
      qb.andWhere('k.start_date >= :startFrom::date', { startFrom: filter.startFrom });
    }
    if (filter.startTo) {
      qb.andWhere('k.start_date <= :startTo::date', { startTo: filter.startTo });
    }
    if (filter.status === CampaignStatusEnum.UPCOMING) {
      qb.andWhere(`k.start_date > ${TODAY_VI_SQL}`);
    } else if (filter.status === CampaignStatusEnum.RUNNING) {
      qb.andWhere(
        `k.start_date <= ${TODAY_VI_SQL} AND (k.end_date IS NULL OR k.end_date >= ${TODAY_VI_SQL})`,
      );
    } else if (filter.status === CampaignStatusEnum.ENDED) {
      qb.andWhere(`k.end_date < ${TODAY_VI_SQL}`);
    }
    const order = orderBy[0] ?? { field: CampaignSortField.START_DATE, direction: SortDirection.DESC };
    return paginate(qb, page, { expression: SORT[order.field], direction: order.direction });
  }

  async byId(id: string, m: EntityManager = this.ds.manager, lock = false): Promise<Campaign> {
    if (!UUID.test(id)) {
      throw new AppError('NOT_FOUND');
    }
    const qb = m
      .getRepository(Campaign)
      .createQueryBuilder('k')
      .where('k.id = :id AND k.deleted_at IS NULL', { id });
    if (lock) {
      qb.setLock('pessimistic_write');
    }
    const found = await qb.getOne();
    if (!found) {
      throw new AppError('NOT_FOUND');
    }
    return found;
  }

  /** For a member change: the campaign, locked against a concurrent delete, and the caller's right. */
  async forManage(m: EntityManager, caller: AuthUser, id: string): Promise<Campaign> {
    const campaign = await this.byId(id, m, true);
    assertManageCampaign(caller, campaign);
    return campaign;
  }

  async create(caller: AuthUser, input: CreateCampaignInput): Promise<Campaign> {
    const values = parseInput(createCampaignSchema, input);
    return this.ds.transaction(async (m) => {
      await this.assertExecutor(m, values.executorId);
      const code = values.code ?? (await this.nextCode(m));
      await this.assertCodeFree(m, code, null);
      const row = { ...this.columns(values), name: values.name, startDate: values.startDate, code };
      return insertAudited(m, Campaign, { ...row, creatorId: caller.id } as Partial<Campaign>, {
        module: 'campaign',
        userId: caller.id,
        fields: AUDITED,
        describe: (k) => auditText('campaign.create', { code: k.code, name: k.name }),
      });
    });
  }

  async update(caller: AuthUser, id: string, input: UpdateCampaignInput): Promise<Campaign> {
    const values = parseInput(updateCampaignSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.forManage(m, caller, id);
      assertVersion(before, values.version);
      const endDate = values.endDate !== undefined ? values.endDate : before.endDate;
      const startDate = values.startDate ?? before.startDate;
      if (endDate && endDate < startDate) {
        throw AppError.badInput([{ field: 'endDate', message: 'v.endBeforeStart' }]);
      }
      await this.assertExecutor(m, values.executorId);
      if (values.code && values.code !== before.code) {
        await this.assertCodeFree(m, values.code, id);
      }
      const patch = Object.fromEntries(
        Object.entries({ ...this.columns(values), name: values.name, startDate: values.startDate }).filter(
          ([, v]) => v !== undefined,
        ),
      ) as Partial<Campaign>;
      if (values.code) {
        patch.code = values.code;
      }
      const { after } = await updateVersioned(m, {
        target: Campaign,
        before,
        version: values.version,
        patch,
        audit: {
          module: 'campaign',
          userId: caller.id,
          fields: AUDITED,
          describe: (c) => auditText('campaign.update', { code: c.code, name: c.name }),
        },
      });
      return after;
    });
  }

  /** CMP-03: a campaign with members needs `confirm: true` (CONFIRMATION_REQUIRED otherwise). */
  /** CMP-03 for one campaign: to the trash (see moveToTrash). */
  async remove(caller: AuthUser, id: string, confirm: boolean): Promise<boolean> {
    await this.moveToTrash(caller, [id], confirm);
    return true;
  }

  /**
   * CMP-03 / X-07: the campaigns go to the trash with their members, all or none, each with its
   * entry. Campaigns with members answer CONFIRMATION_REQUIRED (their members in all) unless
   * `confirm`. Each must be one the caller may change.
   */
  async moveToTrash(caller: AuthUser, ids: string[], confirm: boolean): Promise<number> {
    return this.ds.transaction(async (m) => {
      const rows = await this.lockAll(m, ids, 'live');
      rows.forEach((c) => assertManageCampaign(caller, c));
      const counts = await this.memberCounts(m, rows);
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      if (total > 0 && !confirm) {
        throw new AppError('CONFIRMATION_REQUIRED', {
          messageKey: 'campaign.deleteWithMembers',
          details: { memberCount: total },
        });
      }
      await m.query(
        `UPDATE campaign SET deleted_at = date_trunc('milliseconds', now()), deleted_by = $2, version = version + 1
          WHERE id = ANY($1::uuid[])`,
        [rows.map((c) => c.id), caller.id],
      );
      await this.auditEach(m, caller, rows, 'DELETE', 'campaign.delete', counts);
      return rows.length;
    });
  }

  /** back from the trash, with their members, by those who may change them. */
  async restore(caller: AuthUser, ids: string[]): Promise<number> {
    return this.ds.transaction(async (m) => {
      const rows = await this.lockAll(m, ids, 'trash');
      rows.forEach((c) => assertManageCampaign(caller, c));
      await m.query(
        `UPDATE campaign SET deleted_at = NULL, deleted_by = NULL, version = version + 1 WHERE id = ANY($1::uuid[])`,
        [rows.map((c) => c.id)],
      );
      await this.auditEach(m, caller, rows, 'RESTORE', 'campaign.restore');
      return rows.length;
    });
  }

  /** purge is an admin action on campaigns in the trash; their members go with them. */
  async purge(caller: AuthUser, ids: string[]): Promise<number> {
    assertAdmin(caller);
    return this.ds.transaction(async (m) => {
      const rows = await this.lockAll(m, ids, 'trash');
      const counts = await this.memberCounts(m, rows);
      await this.auditEach(m, caller, rows, 'DELETE', 'campaign.purge', counts);
      await m.query('DELETE FROM campaign WHERE id = ANY($1::uuid[])', [rows.map((c) => c.id)]);
      return rows.length;
    });
  }

  /** One audit line per campaign of a trash action: its code and name, and its member count when given. */
  private async auditEach(
    m: EntityManager,
    caller: AuthUser,
    rows: Campaign[],
    action: 'DELETE' | 'RESTORE',
    text: 'campaign.delete' | 'campaign.restore' | 'campaign.purge',
    counts?: Map<string, number>,
  ): Promise<void> {
    for (const c of rows) {
      const count: Record<string, number> = counts ? { count: counts.get(c.id) ?? 0 } : {};
      await this.audit.record(m, {
        action,
        module: 'campaign',
        recordId: c.id,
        userId: caller.id,
        description: auditText(text, { code: c.code, name: c.name, ...count }),
      });
    }
  }

  /** The campaigns, locked, all live or all in the trash (NOT_FOUND otherwise: nothing changes). */
  private async lockAll(m: EntityManager, ids: string[], where: 'live' | 'trash'): Promise<Campaign[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0 || !unique.every((id) => UUID.test(id))) {
      throw new AppError('NOT_FOUND');
    }
    const rows = await m
      .getRepository(Campaign)
      .createQueryBuilder('k')
      .where('k.id IN (:...ids)', { ids: unique })
      .andWhere(where === 'live' ? 'k.deleted_at IS NULL' : 'k.deleted_at IS NOT NULL')
      .orderBy('k.id')
      .setLock('pessimistic_write')
      .getMany();
    if (rows.length !== unique.length) {
      throw new AppError('NOT_FOUND');
    }
    return rows;
  }

  private async memberCounts(m: EntityManager, rows: Campaign[]): Promise<Map<string, number>> {
    const counts: { campaign_id: string; n: number }[] = await m.query(
      `SELECT campaign_id, coalesce(sum(n), 0)::int AS n FROM campaign_status_count
        WHERE campaign_id = ANY($1::uuid[]) GROUP BY campaign_id`,
      [rows.map((c) => c.id)],
    );
    return new Map(counts.map((r) => [r.campaign_id, r.n]));
  }

  private columns(v: Partial<CreateCampaignData>): Partial<Campaign> {
    return {
      type: v.type,
      endDate: v.endDate,
      executorId: v.executorId,
      description: v.description,
      goals: v.goals,
      budget: v.budget,
      expectedRevenue: v.expectedRevenue,
      actualRevenue: v.actualRevenue,
      expenses: v.expenses?.map((e) => ({ item: e.item, amount: e.amount, date: e.date ?? null })),
      keyMap: v.keyMap,
    } as Partial<Campaign>;
  }

  private async nextCode(m: EntityManager): Promise<string> {
    for (;;) {
      const [{ n }]: { n: string }[] = await m.query(`SELECT nextval('campaign_code_seq') AS n`);
      const code = `CD${n.padStart(6, '0')}`;
      const [taken] = await m.query('SELECT 1 FROM campaign WHERE lower(code) = lower($1)', [code]);
      if (!taken) {
        return code;
      }
    }
  }

  private async assertCodeFree(m: EntityManager, code: string, exceptId: string | null) {
    const [taken] = await m.query(
      'SELECT 1 FROM campaign WHERE lower(code) = lower($1) AND ($2::uuid IS NULL OR id <> $2)',
      [code, exceptId],
    );
    if (taken) {
      throw AppError.badInput([{ field: 'code', message: 'campaign.codeTaken' }]);
    }
  }

  private async assertExecutor(m: EntityManager, executorId: string | null | undefined) {
    if (!executorId) {
      return;
    }
    const user = UUID.test(executorId) ? await m.findOneBy(User, { id: executorId, active: true }) : null;
    if (!user) {
      throw AppError.badInput([{ field: 'executorId', message: 'v.invalid' }]);
    }
  }
}
