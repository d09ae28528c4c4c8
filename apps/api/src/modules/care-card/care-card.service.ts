import {
  AppError,
  createCareCardSchema,
  parseInput,
  updateCareCardSchema,
  vietnamDay,
  type CareStatField,
} from '@sen/shared';
import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { diffChanges, entriesFor, writeAudit } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { drawDocumentNumbers } from '../../core/numbering';
import { assertInScope, scopeOwned, type Ownership } from '../../core/scope';
import { containsFolded, UUID, validIds } from '../../core/sql';
import { RecordTrash } from '../../core/trash';
import { assertActiveUsers, resolveRecordOwner } from '../../core/users';
import { updateVersioned } from '../../core/versioned';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import { CategoryKind } from '../category/category.entity';
import { assertCustomerField, documentOwnership } from '../sales/document-access';
import { CareCard } from './care-card.entity';
import {
  CareCardSortField,
  type CareCardFilter,
  type CareCardOrder,
  type CareFieldStat,
  type CreateCareCardInput,
  type UpdateCareCardInput,
} from './care-card.inputs';
import { sortColumns } from '../../core/listing';

/** Access as for customers: the owner's side, a manager for their department, the users it is shared with. */
export const CARE_CARD_OWNERSHIP: Ownership = {
  table: 'care_card',
  owner: 'owner_id',
  members: [{ table: 'care_card_share', key: 'care_card_id', set: true }],
};

const ORDER_OWNERSHIP = documentOwnership('sales_order');

/** The care day as `ix_care_card_care_day` has it: no care date sorts first (a fixed value keeps the keyset cursor a plain date). */
const CARE_DAY = `coalesce(cc.care_date, '0001-01-01'::date)`;

const SORT = sortColumns(CareCardSortField, 'cc', {
  CODE: 'lower(cc.code)',
  CARE_DATE: CARE_DAY,
});

const AUDITED: (keyof CareCard & string)[] = [
  'code',
  'customerId',
  'orderNumber',
  'orderId',
  'ownerId',
  'unitId',
  'careDate',
  'channel',
  'satisfaction',
  'result',
  'notes',
  'tags',
];

const STAT_COLUMNS: Record<CareStatField, { column: string; kind: CategoryKind }> = {
  channel: { column: 'cc.channel', kind: CategoryKind.CARE_CHANNEL },
  satisfaction: { column: 'cc.satisfaction', kind: CategoryKind.CARE_SATISFACTION },
};

type CareValues = {
  code?: string | null;
  customerId?: string;
  orderNumber?: string;
  orderId?: string | null;
  ownerId?: string | null;
  unitId?: string | null;
  careDate?: string | null;
  channel?: string | null;
  satisfaction?: string | null;
  result?: string | null;
  notes?: string | null;
  tags?: string[];
};

/** A linked order as a care card reads it. */
interface OrderRef {
  id: string;
  number: string;
  customerId: string;
}

/** CARE-01..06 Thẻ chăm sóc. */
export class CareCardService {
  readonly trash: RecordTrash<CareCard>;

  constructor(private readonly ds: DataSource) {
    this.trash = new RecordTrash(
      ds,
      {
        ownership: CARE_CARD_OWNERSHIP,
        target: CareCard,
        module: 'care-cards',
        text: (action, c) => auditText(`careCard.${action}`, { code: c.code }),
      },
      {
        beforeRestore: async (m, rows) => {
          for (const c of rows) {
            await this.assertCodeFree(m, c.code, c.id);
          }
        },
      },
    );
  }

  /** `countNow`: the caller wants `totalCount`, counted beside the page rather than after it. */
  async list(
    caller: AuthUser,
    filter: CareCardFilter = {},
    orderBy: CareCardOrder[] = [],
    page: PageArgs,
    countNow = false,
  ) {
    const order = orderBy[0] ?? { field: CareCardSortField.CARE_DATE, direction: SortDirection.DESC };
    // A care-date range leaves no card without a date: the plain column then sorts the same, with
    // the same cursor, and a unit's or an owner's page is read from the (unit | owner, care date,
    // id) index instead of sorting every card of the range (2M cards: a quarter of a unit is
    // 60,000). Without a unit or owner filter the care-day index serves the range and the order
    // (`filtered` bounds its expression too), as it serves the list without a range.
    const dated =
      order.field === CareCardSortField.CARE_DATE &&
      Boolean(filter.careFrom || filter.careTo) &&
      Boolean(filter.unitIds?.length || filter.ownerIds?.length);
    const count = countNow ? this.filtered(caller, filter).getCount() : null;
    // Awaited by `totalCount`; a page that fails must not leave it rejected unobserved.
    void count?.catch(() => undefined);
    const connection = await paginate(this.filtered(caller, filter), page, {
      expression: dated ? 'cc.care_date' : SORT[order.field],
      direction: order.direction,
    });
    if (count) {
      connection.totalCount = () => count;
    }
    return connection;
  }

  /** The cards the caller sees that match a filter (the list, stats and export), over `care_card cc`. */
  filtered(caller: AuthUser, filter: CareCardFilter, m: EntityManager = this.ds.manager) {
    const qb = m.getRepository(CareCard).createQueryBuilder('cc');
    qb.where(filter.deleted ? 'cc.deleted_at IS NOT NULL' : 'cc.deleted_at IS NULL');
    scopeOwned(qb, 'cc', caller, CARE_CARD_OWNERSHIP, filter.deleted ? 'manage' : 'view');
    if (filter.search?.trim()) {
      qb.andWhere('cc.search_text LIKE :search', { search: containsFolded(filter.search.trim()) });
    }
    if (filter.ownerIds?.length) {
      qb.andWhere('cc.owner_id IN (:...ownerIds)', { ownerIds: validIds(filter.ownerIds) });
    }
    if (filter.unitIds?.length) {
      qb.andWhere('cc.unit_id IN (:...unitIds)', { unitIds: validIds(filter.unitIds) });
    }
    // A range bounds the column, which the unit's and the owner's (care date, id) indexes read;
    // without a unit or owner filter, the care-day expression too, which the care-day index reads
    // (the same cards: a range leaves out those without a care date).
    const wholeList = !filter.unitIds?.length && !filter.ownerIds?.length;
    const bound = (op: string, param: string) =>
      wholeList
        ? `cc.care_date ${op} :${param} AND ${CARE_DAY} ${op} :${param}`
        : `cc.care_date ${op} :${param}`;
    if (filter.careFrom) {
      qb.andWhere(bound('>=', 'careFrom'), { careFrom: filter.careFrom });
    }
    if (filter.careTo) {
      qb.andWhere(bound('<=', 'careTo'), { careTo: filter.careTo });
    }
    this.valueFilter(qb, 'cc.channel', 'channels', filter.channels);
    this.valueFilter(qb, 'cc.satisfaction', 'satisfactions', filter.satisfactions);
    if (filter.tags?.length) {
      qb.andWhere('cc.tags && :tags::text[]', { tags: filter.tags });
    }
    if (filter.customerId) {
      qb.andWhere('cc.customer_id = :fcid', { fcid: validIds([filter.customerId])[0] });
    }
    if (filter.orderId) {
      qb.andWhere('cc.order_id = :foid', { foid: validIds([filter.orderId])[0] });
    }
    return qb;
  }

  /** `values` of a care field; '' stands for the cards without one (a stats bar of "none"). */
  private valueFilter(
    qb: SelectQueryBuilder<CareCard>,
    column: string,
    param: string,
    values: string[] | null | undefined,
  ) {
    if (!values?.length) {
      return;
    }
    const named = values.filter((v) => v !== '');
    qb.andWhere(
      new Brackets((w) => {
        w.where('false');
        if (named.length > 0) {
          w.orWhere(`${column} IN (:...${param})`, { [param]: named });
        }
        if (named.length !== values.length) {
          w.orWhere(`${column} IS NULL`);
        }
      }),
    );
  }

  /**
   * Thống kê nhanh: per care field, the count of each value among the filtered cards, computed in
   * SQL over the caller's scope. Every value of the field's list appears (0 when unused), then any
   * other stored value, then null for the cards without one: each field's counts add up to the list's.
   */
  async stats(caller: AuthUser, filter: CareCardFilter): Promise<CareFieldStat[]> {
    const fields = Object.entries(STAT_COLUMNS) as [CareStatField, (typeof STAT_COLUMNS)[CareStatField]][];
    // One pass over the filtered cards counts every field: a grouping set per field, `grouping()`
    // telling which field a row counts (bit i set = the i-th field is not this row's).
    const qb = this.filtered(caller, filter).select(
      `grouping(${fields.map(([, spec]) => spec.column).join(', ')})::int`,
      'g',
    );
    for (const [field, spec] of fields) {
      qb.addSelect(spec.column, field);
    }
    const grouped: { g: number; [field: string]: string | number | null }[] = await qb
      .addSelect('count(*)::int', 'count')
      .groupBy(`GROUPING SETS (${fields.map(([, spec]) => `(${spec.column})`).join(', ')})`)
      .getRawMany();
    const lists: { kind: string; name: string }[] = await this.ds.query(
      `SELECT kind, name FROM category WHERE kind = ANY($1::text[]) ORDER BY sort_order, name`,
      [fields.map(([, spec]) => spec.kind)],
    );
    return fields.map(([field, spec], i) => {
      const own = (1 << (fields.length - 1 - i)) ^ ((1 << fields.length) - 1);
      const rows = grouped
        .filter((r) => r.g === own)
        .map((r) => ({ value: r[field] as string | null, count: r.count as number }));
      const list = lists.filter((c) => c.kind === spec.kind);
      const counts = new Map(rows.map((r) => [r.value, r.count]));
      const buckets: { value: string | null; count: number }[] = list.map((c) => ({
        value: c.name,
        count: counts.get(c.name) ?? 0,
      }));
      const listed = new Set(list.map((c) => c.name));
      for (const r of rows) {
        if (r.value !== null && !listed.has(r.value)) {
          buckets.push({ value: r.value, count: r.count });
        }
      }
      buckets.push({ value: null, count: counts.get(null) ?? 0 });
      return { field, buckets };
    });
  }

  async byId(caller: AuthUser, id: string, m: EntityManager = this.ds.manager): Promise<CareCard> {
    await assertInScope(m, CARE_CARD_OWNERSHIP, [id], caller, 'view');
    return m.findOneByOrFail(CareCard, { id });
  }

  async create(caller: AuthUser, input: CreateCareCardInput): Promise<CareCard> {
    const values = parseInput(createCareCardSchema, input);
    return this.ds.transaction(async (m) => {
      const customer = await assertCustomerField(m, caller, values.customerId);
      const card = await this.insert(m, caller, { ...values, customerId: customer.id }, (code) =>
        auditText('careCard.create', { code, customer: customer.name }),
      );
      return card;
    });
  }

  /** Nhân bản: a copy with a new code, owned by the caller. */
  async clone(caller: AuthUser, id: string): Promise<CareCard> {
    return this.ds.transaction(async (m) => {
      const source = await this.byId(caller, id, m);
      return this.insert(
        m,
        caller,
        {
          customerId: source.customerId,
          orderNumber: source.orderNumber,
          orderId: source.orderId,
          unitId: source.unitId,
          careDate: source.careDate,
          channel: source.channel,
          satisfaction: source.satisfaction,
          result: source.result,
          notes: source.notes,
          tags: source.tags,
        },
        (code) => auditText('careCard.clone', { from: source.code, code }),
        { skipLists: true },
      );
    });
  }

  /** CARE-03: a card for an order the caller sees, dated today, owned by the caller. */
  async generate(caller: AuthUser, orderId: string): Promise<CareCard> {
    return this.ds.transaction(async (m) => {
      let order: OrderRef;
      try {
        order = await this.visibleOrder(m, caller, orderId);
      } catch (e) {
        throw e instanceof AppError && e.code === 'BAD_USER_INPUT' ? new AppError('NOT_FOUND') : e;
      }
      return this.insert(
        m,
        caller,
        {
          customerId: order.customerId,
          orderNumber: order.number,
          orderId: order.id,
          careDate: vietnamDay(new Date()),
        },
        (code) => auditText('careCard.generate', { code, order: order.number }),
      );
    });
  }

  async update(caller: AuthUser, id: string, input: UpdateCareCardInput): Promise<CareCard> {
    const values = parseInput(updateCareCardSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      const { version, ...fields } = values;
      const patch: Partial<CareCard> = {};
      if (fields.code !== undefined && fields.code !== null && fields.code !== before.code) {
        await this.assertCodeFree(m, fields.code, id);
        patch.code = fields.code;
      }
      const customerId = fields.customerId ?? before.customerId;
      if (fields.customerId && fields.customerId !== before.customerId) {
        await assertCustomerField(m, caller, fields.customerId);
        patch.customerId = fields.customerId;
      }
      if (fields.orderId !== undefined || patch.customerId) {
        const orderId = fields.orderId !== undefined ? fields.orderId : before.orderId;
        const order = orderId ? await this.visibleOrder(m, caller, orderId, customerId) : null;
        patch.orderId = order?.id ?? null;
        if (order && !fields.orderNumber) {
          patch.orderNumber = order.number;
        }
      }
      if (fields.orderNumber) {
        patch.orderNumber = fields.orderNumber;
      }
      if (fields.ownerId && fields.ownerId !== before.ownerId) {
        await assertInScope(m, CARE_CARD_OWNERSHIP, [id], caller, 'manage');
        patch.ownerId = await resolveRecordOwner(m, caller, fields.ownerId);
      }
      if (fields.unitId !== undefined) {
        patch.unitId = await this.assertUnit(m, fields.unitId);
      }
      await this.assertListValues(m, fields);
      for (const k of ['careDate', 'channel', 'satisfaction', 'result', 'notes'] as const) {
        if (fields[k] !== undefined) {
          patch[k] = fields[k];
        }
      }
      if (fields.tags !== undefined) {
        patch.tags = fields.tags;
      }
      const { after } = await updateVersioned(m, {
        target: CareCard,
        before,
        version,
        patch,
        audit: {
          module: 'care-cards',
          userId: caller.id,
          fields: AUDITED,
          describe: (c) => auditText('careCard.update', { code: c.code }),
        },
      });
      return after;
    });
  }

  /** Bàn giao công việc: new owner (and their unit), one TRANSFER entry per card. */
  handOver(caller: AuthUser, ids: string[], toUserId: string): Promise<number> {
    return this.ds.transaction(async (m) => {
      const found = await assertInScope(m, CARE_CARD_OWNERSHIP, ids, caller, 'manage');
      const [to] = await assertActiveUsers(m, 'toUserId', [toUserId], true);
      const [{ department_id: unitId }]: { department_id: string | null }[] = await m.query(
        `SELECT department_id FROM app_user WHERE id = $1`,
        [to.id],
      );
      const rows: (CareCard & { ownerName: string })[] = (
        await m.query(
          `SELECT cc.id, cc.code, cc.owner_id, u.name AS owner_name FROM care_card cc
             JOIN app_user u ON u.id = cc.owner_id WHERE cc.id = ANY($1::uuid[])`,
          [found],
        )
      ).map((r: { id: string; code: string; owner_id: string; owner_name: string }) => ({
        id: r.id,
        code: r.code,
        ownerId: r.owner_id,
        ownerName: r.owner_name,
      }));
      const moving = rows.filter((r) => r.ownerId !== to.id);
      if (moving.length === 0) {
        return 0;
      }
      await m.query(
        `UPDATE care_card SET owner_id = $2, unit_id = coalesce($3, unit_id), version = version + 1,
                updated_at = now() WHERE id = ANY($1::uuid[])`,
        [moving.map((r) => r.id), to.id, unitId],
      );
      await writeAudit(
        m,
        entriesFor(
          moving,
          { action: 'TRANSFER', module: 'care-cards', userId: caller.id },
          (r) => auditText('careCard.handOver', { code: r.code, from: r.ownerName, to: to.name }),
          (r) => ({ ownerId: { from: r.ownerId, to: to.id } }),
        ),
      );
      return moving.length;
    });
  }

  /** Chia sẻ: adds the users to each card's shares (SHARE entry per card). */
  share(caller: AuthUser, ids: string[], userIds: string[]): Promise<number> {
    return this.ds.transaction(async (m) => {
      const found = await assertInScope(m, CARE_CARD_OWNERSHIP, ids, caller, 'manage');
      const users = await assertActiveUsers(m, 'userIds', userIds, true);
      await m.query(
        `INSERT INTO care_card_share (care_card_id, user_id)
         SELECT c, u FROM unnest($1::uuid[]) c CROSS JOIN unnest($2::uuid[]) u ON CONFLICT DO NOTHING`,
        [found, users.map((u) => u.id)],
      );
      const rows = await m.findBy(CareCard, { id: In(found) });
      await m.query(`UPDATE care_card SET updated_at = now() WHERE id = ANY($1::uuid[])`, [found]);
      await writeAudit(
        m,
        entriesFor(rows, { action: 'SHARE', module: 'care-cards', userId: caller.id }, (c) =>
          auditText('careCard.share', { code: c.code, users: users.map((u) => u.name).join(', ') }),
        ),
      );
      return rows.length;
    });
  }

  /** Gắn thẻ: ADD or REMOVE these tags, or MOVE (replace every tag by these). */
  tag(caller: AuthUser, ids: string[], tags: string[], mode: 'ADD' | 'MOVE' | 'REMOVE'): Promise<number> {
    const clean = parseInput(updateCareCardSchema.pick({ tags: true }), { tags }).tags ?? [];
    return this.ds.transaction(async (m) => {
      const found = await assertInScope(m, CARE_CARD_OWNERSHIP, ids, caller, 'work');
      const before = await m.findBy(CareCard, { id: In(found) });
      const expr =
        mode === 'ADD'
          ? `ARRAY(SELECT t FROM unnest(tags || $2::text[]) WITH ORDINALITY AS x(t, o) GROUP BY t ORDER BY min(o))`
          : mode === 'REMOVE'
            ? `ARRAY(SELECT t FROM unnest(tags) t WHERE t <> ALL($2::text[]))`
            : `$2::text[]`;
      await m.query(
        `UPDATE care_card SET tags = ${expr}, version = version + 1, updated_at = now()
          WHERE id = ANY($1::uuid[])`,
        [found, clean],
      );
      const after = new Map((await m.findBy(CareCard, { id: In(found) })).map((c) => [c.id, c]));
      await writeAudit(
        m,
        entriesFor(
          before,
          { action: 'UPDATE', module: 'care-cards', userId: caller.id },
          (c) => auditText('careCard.tags', { code: c.code }),
          (c) => ({ tags: { from: c.tags, to: after.get(c.id)!.tags } }),
        ),
      );
      return found.length;
    });
  }

  /** The card, locked, for a change by its owner's side or a user it is shared with. */
  async lockForWork(m: EntityManager, caller: AuthUser, id: string): Promise<CareCard> {
    if (!UUID.test(id)) {
      throw new AppError('NOT_FOUND');
    }
    await assertInScope(m, CARE_CARD_OWNERSHIP, [id], caller, 'work');
    return m.findOneByOrFail(CareCard, { id });
  }

  /** The users a card is shared with. */
  async sharedWith(cardIds: string[]): Promise<{ cardId: string; userId: string }[]> {
    const rows: { care_card_id: string; user_id: string }[] = await this.ds.query(
      `SELECT care_card_id, user_id FROM care_card_share WHERE care_card_id = ANY($1::uuid[])`,
      [cardIds],
    );
    return rows.map((r) => ({ cardId: r.care_card_id, userId: r.user_id }));
  }

  /** Inserts one card (values parsed already) with its CREATE entry. */
  private async insert(
    m: EntityManager,
    caller: AuthUser,
    values: CareValues & { customerId: string; orderNumber: string },
    describe: (code: string) => ReturnType<typeof auditText>,
    options: { skipLists?: boolean } = {},
  ): Promise<CareCard> {
    const order = values.orderId
      ? await this.visibleOrder(m, caller, values.orderId, values.customerId)
      : await this.orderByNumber(m, caller, values.customerId, values.orderNumber);
    const ownerId = await resolveRecordOwner(m, caller, values.ownerId);
    const unitId =
      values.unitId !== undefined && values.unitId !== null
        ? await this.assertUnit(m, values.unitId)
        : await this.departmentOf(m, ownerId);
    if (!options.skipLists) {
      await this.assertListValues(m, values);
    }
    let code = values.code;
    if (code) {
      await this.assertCodeFree(m, code, null);
    } else {
      [code] = await drawDocumentNumbers(m, 'CARE_CARD', { table: 'care_card', column: 'code' });
    }
    const inserted = await m.insert(CareCard, {
      code,
      customerId: values.customerId,
      orderNumber: values.orderNumber,
      orderId: order?.id ?? null,
      ownerId,
      unitId,
      careDate: values.careDate ?? null,
      channel: values.channel ?? null,
      satisfaction: values.satisfaction ?? null,
      result: values.result ?? null,
      notes: values.notes ?? null,
      tags: values.tags ?? [],
      createdBy: caller.id,
    });
    const id = inserted.identifiers[0].id as string;
    const card = await m.findOneByOrFail(CareCard, { id });
    await writeAudit(m, [
      {
        action: 'CREATE',
        module: 'care-cards',
        recordId: id,
        userId: caller.id,
        description: describe(code),
        changes: diffChanges({} as CareCard, card, AUDITED),
      },
    ]);
    return card;
  }

  /** An order the caller may see (of `customerId` when given), or a field error. */
  private async visibleOrder(
    m: EntityManager,
    caller: AuthUser,
    orderId: string,
    customerId?: string,
  ): Promise<OrderRef> {
    try {
      await assertInScope(m, ORDER_OWNERSHIP, [orderId], caller, 'view');
    } catch (e) {
      throw e instanceof AppError ? AppError.badInput([{ field: 'orderId', message: 'v.invalid' }]) : e;
    }
    const [o]: { id: string; number: string; customer_id: string }[] = await m.query(
      `SELECT id, number, customer_id FROM sales_order WHERE id = $1`,
      [orderId],
    );
    if (customerId && o.customer_id !== customerId) {
      throw AppError.badInput([{ field: 'orderId', message: 'v.orderOfOtherCustomer' }]);
    }
    return { id: o.id, number: o.number, customerId: o.customer_id };
  }

  /** The customer's live order with this number, when the caller may see it (linked on create). */
  private async orderByNumber(
    m: EntityManager,
    caller: AuthUser,
    customerId: string,
    number: string,
  ): Promise<OrderRef | null> {
    const qb = m
      .createQueryBuilder()
      .from('sales_order', 'o')
      .where('o.customer_id = :ocid AND lower(o.number) = lower(:onum) AND o.deleted_at IS NULL', {
        ocid: customerId,
        onum: number,
      });
    const row = (await scopeOwned(qb, 'o', caller, ORDER_OWNERSHIP)
      .select('o.id', 'id')
      .limit(1)
      .getRawOne()) as { id: string } | undefined;
    return row ? { id: row.id, number, customerId } : null;
  }

  private async assertUnit(m: EntityManager, unitId: string | null): Promise<string | null> {
    if (!unitId) {
      return null;
    }
    const rows: unknown[] = UUID.test(unitId)
      ? await m.query(`SELECT 1 FROM department WHERE id = $1`, [unitId])
      : [];
    if (rows.length === 0) {
      throw AppError.badInput([{ field: 'unitId', message: 'v.invalid' }]);
    }
    return unitId;
  }

  private async departmentOf(m: EntityManager, userId: string): Promise<string | null> {
    const [u]: { department_id: string | null }[] = await m.query(
      `SELECT department_id FROM app_user WHERE id = $1`,
      [userId],
    );
    return u?.department_id ?? null;
  }

  /** Channel and satisfaction come from their admin-editable lists (API.md). */
  private async assertListValues(m: EntityManager, values: CareValues): Promise<void> {
    const errors: { field: string; message: string }[] = [];
    for (const [field, spec] of Object.entries(STAT_COLUMNS) as [
      CareStatField,
      (typeof STAT_COLUMNS)[CareStatField],
    ][]) {
      const value = values[field];
      if (!value) {
        continue;
      }
      const rows: unknown[] = await m.query(`SELECT 1 FROM category WHERE kind = $1 AND name = $2`, [
        spec.kind,
        value,
      ]);
      if (rows.length === 0) {
        errors.push({ field, message: 'v.notInList' });
      }
    }
    if (errors.length > 0) {
      throw AppError.badInput(errors);
    }
  }

  /** A code is unique among live cards, compared without case. */
  private async assertCodeFree(m: EntityManager, code: string, selfId: string | null): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`care-cards:code:${code.toLowerCase()}`]);
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM care_card WHERE lower(code) = lower($1) AND deleted_at IS NULL
          AND ($2::uuid IS NULL OR id <> $2)`,
      [code, selfId],
    );
    if (rows.length > 0) {
      throw new AppError('DUPLICATE', {
        messageKey: 'careCard.codeTaken',
        params: { code },
        details: { duplicate: { field: 'code', existingId: null, existingName: code, ownerName: null } },
      });
    }
  }
}
