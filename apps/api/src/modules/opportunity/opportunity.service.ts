import {
  createOpportunitySchema,
  moveOpportunitySchema,
  OPPORTUNITY_STAGE_LABEL,
  OPPORTUNITY_STAGES,
  opportunityMachine,
  parseInput,
  STAGE_PROBABILITY,
  updateOpportunitySchema,
  AppError,
  type OpportunityStage,
} from '@sen/shared';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { drawDocumentNumbers } from '../../core/numbering';
import { scopedList, sortColumns, sortedPage, whereBetween, whereIdIn, whereIds } from '../../core/listing';
import { assertInScope, disjointWays, type ScopeShape } from '../../core/scope';
import { UUID } from '../../core/sql';
import { RecordTrash } from '../../core/trash';
import { resolveRecordOwner } from '../../core/users';
import { assertVersion, insertAudited, updateVersioned } from '../../core/versioned';
import { SortDirection, type PageArgs } from '../../graphql/connection';
import { CategoryKind } from '../category/category.entity';
import type { CategoryService } from '../category/category.service';
import { byDocument, promoteCustomers } from '../customer/customer-promotion';
import { assertContactOf, assertCustomerField, documentOwnership } from '../sales/document-access';
import { Opportunity } from './opportunity.entity';
import {
  OpportunitySortField,
  type CreateOpportunityInput,
  type OpportunityFilter,
  type OpportunityOrder,
  type PipelineStage,
  type UpdateOpportunityInput,
} from './opportunity.inputs';

export const OPPORTUNITY_OWNERSHIP = documentOwnership('opportunity');

const SORT = sortColumns(OpportunitySortField, 'o', {
  EXPECTED_VALUE: 'coalesce(o.expected_value, -1)',
  EXPECTED_CLOSE_DATE: `coalesce(o.expected_close_date, '9999-12-31'::date)`,
});

const AUDITED: (keyof Opportunity & string)[] = [
  'code',
  'name',
  'customerId',
  'contactId',
  'stage',
  'probability',
  'expectedValue',
  'expectedCloseDate',
  'sourceId',
  'lostReason',
  'description',
  'ownerId',
];

const describe = (o: Opportunity) => auditText('opportunity.update', { code: o.code, name: o.name });

/** SAL-02: opportunities on a pipeline of stages (Tìm hiểu nhu cầu → … → Chốt thắng | Chốt thua). */
export class OpportunityService {
  readonly trash: RecordTrash<Opportunity>;

  constructor(
    private readonly ds: DataSource,
    private readonly categories: CategoryService,
  ) {
    this.trash = new RecordTrash(ds, {
      ownership: OPPORTUNITY_OWNERSHIP,
      target: Opportunity,
      module: 'opportunities',
      text: (action, o) => auditText(`opportunity.${action}`, { code: o.code, name: o.name }),
    });
  }

  list(caller: AuthUser, filter: OpportunityFilter = {}, orderBy: OpportunityOrder[] = [], page: PageArgs) {
    return sortedPage(this.filtered(caller, filter), page, SORT, orderBy, {
      field: OpportunitySortField.CREATED_AT,
      direction: SortDirection.DESC,
    });
  }

  /** The opportunities the caller sees that match a filter, as a query over `opportunity o`. */
  filtered(
    caller: AuthUser,
    filter: OpportunityFilter,
    withStages = true,
    shape: ScopeShape = 'rows',
  ): SelectQueryBuilder<Opportunity> {
    const qb = scopedList(this.ds, Opportunity, 'o', caller, OPPORTUNITY_OWNERSHIP, filter, { shape });
    if (withStages && filter.stages?.length) {
      qb.andWhere('o.stage IN (:...stages)', { stages: filter.stages });
    }
    whereIdIn(qb, 'o.owner_id', filter.ownerIds);
    whereIds(qb, filter, { customerId: 'o.customer_id' });
    return whereBetween(qb, 'o.expected_close_date', filter.closeFrom, filter.closeTo);
  }

  /** Count and summed expected value per stage, every stage listed (the board's column headers). */
  async pipeline(caller: AuthUser, filter: OpportunityFilter = {}): Promise<PipelineStage[]> {
    // One count per disjoint way in, summed (each read from its own index), where the scope has
    // them; else every visible opportunity with the visible set joined once.
    const ways = disjointWays('o', caller, OPPORTUNITY_OWNERSHIP);
    const shapes: ScopeShape[] = ways ? ways.map((_, way) => ({ way })) : ['set'];
    const parts = shapes.map((shape) =>
      this.filtered(caller, { ...filter, deleted: false }, false, shape)
        .select('o.stage', 'stage')
        .addSelect('count(*)', 'n')
        .addSelect('sum(o.expected_value)', 'value')
        .groupBy('o.stage'),
    );
    const union = parts.map((qb) => qb.getQuery()).join(' UNION ALL ');
    const rows: { stage: OpportunityStage; n: number; value: string }[] = await this.ds
      .createQueryBuilder()
      .select('w.stage', 'stage')
      .addSelect('sum(w.n)::int', 'n')
      .addSelect('coalesce(sum(w.value), 0)::text', 'value')
      .from(`(${union})`, 'w')
      .setParameters(Object.assign({}, ...parts.map((qb) => qb.getParameters())))
      .groupBy('w.stage')
      .getRawMany();
    const byStage = new Map(rows.map((r) => [r.stage, r]));
    const wanted = filter.stages?.length ? filter.stages : OPPORTUNITY_STAGES;
    return OPPORTUNITY_STAGES.filter((s) => wanted.includes(s)).map((stage) => ({
      stage,
      count: byStage.get(stage)?.n ?? 0,
      value: byStage.get(stage)?.value ?? '0',
    }));
  }

  async byId(caller: AuthUser, id: string): Promise<Opportunity> {
    await assertInScope(this.ds.manager, OPPORTUNITY_OWNERSHIP, [id], caller, 'view');
    const o = await this.ds.manager.findOneByOrFail(Opportunity, { id });
    if (o.deletedAt) {
      throw new AppError('NOT_FOUND');
    }
    return o;
  }

  async create(caller: AuthUser, input: CreateOpportunityInput): Promise<Opportunity> {
    const values = parseInput(createOpportunitySchema, input);
    return this.ds.transaction(async (m) => {
      const customer = await assertCustomerField(m, caller, values.customerId);
      await assertContactOf(m, customer.id, values.contactId);
      await this.categories.assertKind(m, 'sourceId', [values.sourceId], CategoryKind.SOURCE);
      const ownerId = await resolveRecordOwner(m, caller, values.ownerId);
      const stage = values.stage ?? 'NEEDS_ANALYSIS';
      const [code] = await drawDocumentNumbers(m, 'OPPORTUNITY', { table: 'opportunity', column: 'code' });
      const row: Partial<Opportunity> = {
        code,
        name: values.name,
        customerId: customer.id,
        contactId: values.contactId ?? null,
        stage,
        probability: values.probability ?? STAGE_PROBABILITY[stage],
        expectedValue: values.expectedValue ?? null,
        expectedCloseDate: values.expectedCloseDate ?? null,
        sourceId: values.sourceId ?? null,
        lostReason: stage === 'LOST' ? (values.lostReason ?? null) : null,
        description: values.description ?? null,
        ownerId,
        createdBy: caller.id,
      };
      const o = await insertAudited(m, Opportunity, row, {
        module: 'opportunities',
        userId: caller.id,
        fields: AUDITED,
        describe: (created) => auditText('opportunity.create', { code: created.code, name: created.name }),
      });
      await promoteCustomers(
        m,
        caller,
        [customer.id],
        byDocument('OPPORTUNITY', auditText('opportunity.create', { code: o.code, name: o.name })),
      );
      return o;
    });
  }

  async update(caller: AuthUser, id: string, input: UpdateOpportunityInput): Promise<Opportunity> {
    const values = parseInput(updateOpportunitySchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      assertVersion(before, values.version);
      const { version, ...fields } = values;
      const customerId = fields.customerId ?? before.customerId;
      if (fields.customerId && fields.customerId !== before.customerId) {
        await assertCustomerField(m, caller, fields.customerId);
      }
      const contactId = fields.contactId !== undefined ? fields.contactId : before.contactId;
      if (fields.contactId !== undefined || fields.customerId) {
        await assertContactOf(m, customerId, contactId);
      }
      await this.categories.assertKind(m, 'sourceId', [fields.sourceId], CategoryKind.SOURCE);
      if (fields.ownerId) {
        fields.ownerId = await resolveRecordOwner(m, caller, fields.ownerId);
      }
      const stage = fields.stage ?? before.stage;
      const lostReason = fields.lostReason !== undefined ? fields.lostReason : before.lostReason;
      if (stage === 'LOST' && !lostReason) {
        throw AppError.badInput([{ field: 'lostReason', message: 'v.lostReasonRequired' }]);
      }
      const patch: Partial<Opportunity> = { ...(fields as Partial<Opportunity>) };
      if (stage !== before.stage) {
        patch.stageChangedAt = new Date();
        patch.probability = fields.probability ?? STAGE_PROBABILITY[stage];
      }
      if (stage !== 'LOST') {
        patch.lostReason = null;
      }
      const { after } = await updateVersioned(m, {
        target: Opportunity,
        before,
        version,
        patch,
        audit: {
          module: 'opportunities',
          userId: caller.id,
          fields: AUDITED,
          describe,
          action: (changes) =>
            Object.keys(changes).every((k) => STAGE_FIELDS.has(k)) ? 'STATUS_CHANGE' : 'UPDATE',
        },
      });
      if (customerId !== before.customerId) {
        await promoteCustomers(
          m,
          caller,
          [customerId],
          byDocument('OPPORTUNITY', auditText('opportunity.update', { code: after.code, name: after.name })),
        );
      }
      return after;
    });
  }

  /**
   * A card dragged to another column (API.md `moveOpportunity`): the move is checked by the
   * machine, keeps `version`, takes the stage's probability, and is in the record's history.
   */
  move(
    caller: AuthUser,
    id: string,
    input: { stage: OpportunityStage; version: number; lostReason?: string | null },
  ): Promise<Opportunity> {
    const values = parseInput(moveOpportunitySchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      assertVersion(before, values.version);
      opportunityMachine.assertTransition(before.stage, values.stage);
      const { after } = await updateVersioned(m, {
        target: Opportunity,
        before,
        version: values.version,
        patch: {
          stage: values.stage,
          probability: STAGE_PROBABILITY[values.stage],
          lostReason: values.stage === 'LOST' ? values.lostReason : null,
          stageChangedAt: new Date(),
        },
        audit: {
          module: 'opportunities',
          userId: caller.id,
          fields: AUDITED,
          action: () => 'STATUS_CHANGE',
          describe: (o) =>
            auditText('opportunity.move', {
              code: o.code,
              name: o.name,
              from: OPPORTUNITY_STAGE_LABEL[before.stage],
              to: OPPORTUNITY_STAGE_LABEL[values.stage],
            }),
        },
      });
      return after;
    });
  }

  private async lockForWork(m: EntityManager, caller: AuthUser, id: string): Promise<Opportunity> {
    if (!UUID.test(id)) {
      throw new AppError('NOT_FOUND');
    }
    await assertInScope(m, OPPORTUNITY_OWNERSHIP, [id], caller, 'work');
    return m.findOneByOrFail(Opportunity, { id });
  }
}

const STAGE_FIELDS = new Set(['stage', 'probability', 'lostReason']);
