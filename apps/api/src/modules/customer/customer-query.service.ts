import { AppError, CUSTOMER_LEVELS, type CustomerLevel } from '@sen/shared';
import { Brackets, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  keysetWindow,
  paginate,
  resolveFirst,
  SortDirection,
  type KeysetSort,
  type PageArgs,
} from '../../graphql/connection';
import {
  boundedCount,
  COUNT_CAP,
  countInfo,
  CountKind,
  ESTIMATE_ABOVE,
  estimateRows,
  roundEstimate,
  type CountInfo,
} from '../../graphql/count';
import type { AuthUser } from '../../core/caller';
import { filterKey, type CountCache } from '../../graphql/count-cache';
import { rawHydrator } from '../../graphql/hydrate';
import { searchCondition } from '../../db/search';
import type { CustomerGroup } from '../category/category.entity';
import { User } from '../user/user.entity';
import { customerPublicText, customerVisibleSql, scopeCustomers, scopeSharedOnly } from './customer-access';
import { Customer, type CustomerLookupHit, type LevelCount } from './customer.entity';
import {
  CustomerSortField,
  type CustomerFilterValues as CustomerFilter,
  type CustomerOrder,
} from './customer.inputs';
import { applyFieldFilters, CUSTOMER_SORT_SQL } from './customer-filter';
import { containsFolded, UUID } from '../../core/sql';

/** The column each relation field of a customer or user resolves from. */
const CUSTOMER_KEYS: Record<string, string> = {
  owner: 'ownerId',
  industry: 'industryId',
  scale: 'scaleId',
  source: 'sourceId',
};
const USER_KEYS: Record<string, string> = { department: 'departmentId' };

/**
 * The customer columns a selection needs: the fields that are columns, the keys of the relations
 * asked for, id and owner always (the other relations resolve by id); every column when the
 * selection is unknown (empty). A field computed from a column must add it to CUSTOMER_KEYS.
 */
function customerColumns(include: ReadonlySet<string>, columns: ReadonlySet<string>): string[] | undefined {
  if (include.size === 0) {
    return undefined;
  }
  const picked = new Set(['id', 'ownerId']);
  for (const name of include) {
    const key = CUSTOMER_KEYS[name] ?? name;
    if (columns.has(key)) {
      picked.add(key);
    }
  }
  return [...picked];
}

/** The owner columns `owner { … }` needs; every column when it asks for a field not known here. */
function ownerColumns(include: ReadonlySet<string>, columns: ReadonlySet<string>): string[] | undefined {
  const picked = new Set(['id']);
  for (const name of include) {
    if (!name.startsWith('owner.')) {
      continue;
    }
    const field = name.slice('owner.'.length);
    const key = USER_KEYS[field] ?? field;
    if (columns.has(key)) {
      picked.add(key);
    } else if (field !== '__typename') {
      return undefined;
    }
  }
  return [...picked];
}

/** Relations of one listed customer fetched with the page (absent when not asked for). */
export interface PreloadedCustomer {
  id: string;
  owner?: User;
  /** False when only the owner's fields the query asked for were read. */
  ownerComplete?: boolean;
  groups?: CustomerGroup[];
  contactCount?: number;
}

const contains = containsFolded;

/** Sort orders the owner's own indexes give (owner, name) and (owner, created): `ownedWalk` walks them. */
const OWNER_ORDERED = new Set(['c.name', 'c.created_at']);
/** The most of the caller's own customers `ownedWalk` tests before leaving the page to the planner. */
const OWNER_WALK = 5000;

export class CustomerQueryService {
  /** A page reads all columns or only those asked for: its rows hydrate whatever was selected. */
  private readonly customerFromRaw: (raw: Record<string, unknown>) => Customer;
  private readonly ownerFromRaw: (raw: Record<string, unknown>) => User;
  /** Property names of the selectable columns. */
  private readonly columns: ReadonlySet<string>;
  private readonly userColumns: ReadonlySet<string>;

  /** `counts`: the server's count cache, which its writes invalidate (see `CountCache`). */
  constructor(
    private readonly ds: DataSource,
    private readonly counts: CountCache,
  ) {
    this.customerFromRaw = rawHydrator(ds, Customer, 'c', true);
    this.ownerFromRaw = rawHydrator(ds, User, 'pre_owner', true);
    const selectable = (target: typeof Customer | typeof User) =>
      new Set(
        ds
          .getMetadata(target)
          .columns.filter((c) => c.isSelect)
          .map((c) => c.propertyName),
      );
    this.columns = selectable(Customer);
    this.userColumns = selectable(User);
  }

  /**
   * The customers the caller sees that match the filter. `estimate`: written for the planner's
   * estimate of their number (see `searchCondition`), not to be run.
   */
  private base(
    caller: AuthUser,
    filter: CustomerFilter,
    {
      withLevels = true,
      scope = 'view',
      estimate = false,
    }: { withLevels?: boolean; scope?: 'view' | 'owned' | 'sharedOnly'; estimate?: boolean } = {},
  ): SelectQueryBuilder<Customer> {
    const qb = this.ds.getRepository(Customer).createQueryBuilder('c');
    qb.where(filter.deleted ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL');
    if (scope === 'sharedOnly') {
      scopeSharedOnly(qb, 'c', caller);
    } else {
      // 'manage' is the owner's side: with sharedOnly, the view split in two disjoint parts.
      scopeCustomers(qb, 'c', caller, scope === 'owned' ? 'manage' : 'view');
    }
    if (filter.search?.trim()) {
      const match = searchCondition('c', filter.search, 'search', { precheck: !estimate });
      qb.andWhere(match.sql, match.params);
    }
    if (withLevels && filter.levels?.length) {
      qb.andWhere('c.level IN (:...levels)', { levels: filter.levels });
    }
    applyFieldFilters(qb, filter, estimate);
    return qb;
  }

  /**
   * The customers the caller sees that match the list's filter, as a query over `customer c`
   * (the campaign picker's "tick all matching" selects its ids from it).
   */
  filtered(caller: AuthUser, filter: CustomerFilter): SelectQueryBuilder<Customer> {
    return this.base(caller, filter);
  }

  /** A page of customers, as the list screen and the exports see it. */
  async list(caller: AuthUser, filter: CustomerFilter = {}, orderBy: CustomerOrder[] = [], page: PageArgs) {
    return (await this.listWithRelations(caller, filter, orderBy, page, new Set())).connection;
  }

  /**
   * A page of customers. The relations in `include` come in the same statement (as a hand-written
   * query would fetch them) and are handed back per row, for the request's loaders.
   */
  async listWithRelations(
    caller: AuthUser,
    filter: CustomerFilter,
    orderBy: CustomerOrder[],
    page: PageArgs,
    include: ReadonlySet<string>,
    /** The client asks for `countInfo`: a count the counters cannot give is read beside the page. */
    countWanted = false,
  ) {
    const order = orderBy[0] ?? { field: CustomerSortField.NAME, direction: SortDirection.ASC };
    const sort: KeysetSort = { expression: CUSTOMER_SORT_SQL[order.field], direction: order.direction };
    const qb = this.base(caller, filter);
    // A STAFF user's search that matches many of everyone's customers: the page from its two
    // disjoint parts (see `pageFromParts`). The estimate is the count's too.
    const matches =
      caller.role === 'STAFF' && filter.search?.trim() ? await this.everyoneMatches(filter) : undefined;
    if (matches !== undefined && matches > ESTIMATE_ABOVE) {
      this.pageFromParts(qb, caller, filter, page, sort);
    }
    // Only the columns the client asked for (and the keys its relations need): a list screen
    // asks for a few of the customer's 23, and each is parsed on every row.
    const columns = customerColumns(include, this.columns);
    if (columns) {
      qb.select(columns.map((p) => `c.${p}`));
    }
    const ownerPicked = include.has('owner') ? ownerColumns(include, this.userColumns) : undefined;
    if (include.has('owner')) {
      qb.leftJoin(User, 'pre_owner', 'pre_owner.id = c.owner_id');
      if (ownerPicked) {
        qb.addSelect(ownerPicked.map((p) => `pre_owner.${p}`));
      } else {
        qb.addSelect('pre_owner');
      }
    }
    if (include.has('groups')) {
      qb.addSelect(
        `(SELECT coalesce(json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name), '[]')
            FROM customer_group cg JOIN category g ON g.id = cg.group_id WHERE cg.customer_id = c.id)`,
        'pre_groups',
      );
    }
    if (include.has('contactCount')) {
      qb.addSelect(
        `(SELECT count(*)::int FROM contact t WHERE t.customer_id = c.id AND t.deleted_at IS NULL)`,
        'pre_contact_count',
      );
    }
    // A count the counters cannot give (a search, a field filter) reads the same matches as the
    // page: started first, the two run side by side on their own connections instead of one after
    // the other ("tran thi" for an ADMIN: a 20 ms page, then a 15 ms count of 5,093 matches).
    // Unused when the page turns out to hold every match (then it is the count).
    const counting =
      countWanted && !countersSuffice(filter) ? this.countInfo(caller, filter, matches) : undefined;
    counting?.catch(() => undefined);
    const connection = await paginate(qb, page, sort, this.customerFromRaw, planIndependentOfValues(filter));
    const wholeList = resolveFirst(page.first) > 0 && !page.after && !connection.pageInfo.hasNextPage;
    connection.totalCount = () => this.count(caller, filter);
    connection.countInfo = async () =>
      wholeList
        ? countInfo(connection.nodes.length, CountKind.EXACT)
        : (counting ?? this.countInfo(caller, filter, matches));
    const preloaded: PreloadedCustomer[] = connection.nodes.map((node, i) => {
      const raw = connection.raw[i];
      return {
        id: node.id,
        owner: include.has('owner') ? this.ownerFromRaw(raw) : undefined,
        ownerComplete: !ownerPicked,
        groups: raw.pre_groups as CustomerGroup[] | undefined,
        contactCount: raw.pre_contact_count as number | undefined,
      };
    });
    return { connection, preloaded };
  }

  /** The exact number of customers the list shows: from the level counters when they suffice. */
  async count(caller: AuthUser, filter: CustomerFilter): Promise<number> {
    if (countersSuffice(filter)) {
      return this.countFromCounters(caller, filter);
    }
    // For others, the two disjoint parts of their view counted apart: the owned part reads the
    // owner's index alone (a STAFF user's customers created in a year of 1,000,000: the view as one
    // OR visited the year's 330,000 customers, 0.7–1 s).
    const scopes = caller.role === 'ADMIN' ? (['view'] as const) : (['owned', 'sharedOnly'] as const);
    const counts = await Promise.all(
      scopes.map(async (scope) => {
        const [text, values] = this.base(caller, filter, { scope })
          .select('count(*)::int', 'n')
          .getQueryAndParameters();
        const rows: { n: number }[] = await this.ds.query(text, values);
        return rows[0].n;
      }),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  /**
   * The list's size as the screen shows it: exact from the level counters when the filter is only
   * levels and owners; else counted up to the cap, or estimated (`boundedCount`).
   */
  countInfo(caller: AuthUser, filter: CustomerFilter, matches?: number): Promise<CountInfo> {
    return this.counts.get(caller, `customers:${filterKey(filter)}`, () =>
      this.countInfoNow(caller, filter, matches),
    );
  }

  private async countInfoNow(caller: AuthUser, filter: CustomerFilter, matches?: number): Promise<CountInfo> {
    if (countersSuffice(filter)) {
      return countInfo(await this.countFromCounters(caller, filter), CountKind.EXACT);
    }
    const { rows, read } = await this.estimate(caller, filter, true, matches);
    return boundedCount(this.base(caller, filter), rows, read);
  }

  /**
   * The planner's estimate of the customers matching the filter in the caller's scope (`rows`): its
   * estimate for everyone's customers, times the scope's share of them by the counters. (It
   * estimates the scope itself, an OR with a share look-up, at ten times its size.) And how many
   * rows counting them would read (`read`): a search's index holds everyone's matches, and the
   * scope is only checked on each of them, so a STAFF user's 6,000 "nguyen van" are counted by
   * reading all 117,000 (250 ms).
   */
  private async estimate(
    caller: AuthUser,
    filter: CustomerFilter,
    withLevels = true,
    /** `everyoneMatches(filter)`, when the caller has it already. */
    known?: number,
  ): Promise<{ rows: number; read: number }> {
    const everyone: AuthUser = { ...caller, role: 'ADMIN' };
    const matches = known ?? (await this.everyoneMatches(filter, withLevels));
    if (caller.role === 'ADMIN' || matches === 0) {
      return { rows: matches, read: matches };
    }
    const owners = { ownerIds: filter.ownerIds };
    const [mine, all] = await Promise.all([
      this.countFromCounters(caller, owners),
      this.countFromCounters(everyone, owners),
    ]);
    const rows = all > 0 ? Math.round((matches * mine) / all) : 0;
    return { rows, read: filter.search ? Math.max(rows, matches) : rows };
  }

  /**
   * The planner's estimate of everyone's customers matching the filter. Kept with the counts (the
   * same few seconds, forgotten on every write): a STAFF user's search asks it before each page.
   */
  private everyoneMatches(filter: CustomerFilter, withLevels = true): Promise<number> {
    const everyone = { id: '', role: 'ADMIN' } as AuthUser;
    return this.counts.get(everyone, `customers-estimate:${withLevels}:${filterKey(filter)}`, () =>
      estimateRows(this.base(everyone, filter, { withLevels, estimate: true })),
    );
  }

  /**
   * Limits `qb`, the page of a STAFF user's search, to the ids of the same page read from the two
   * disjoint parts of their view: their own customers and those only shared with them, each part's
   * page from its own index (the owner's, in the sort's order or beside the word index; the share
   * list's). As one scope, an owner-or-share test on every match, "ben nghe" read the 15,618
   * matches of everyone's 1,000,000 customers to find the STAFF user's 804. `qb` keeps its scope.
   */
  private pageFromParts(
    qb: SelectQueryBuilder<Customer>,
    caller: AuthUser,
    filter: CustomerFilter,
    page: PageArgs,
    sort: KeysetSort,
  ): void {
    const limit = resolveFirst(page.first, page.maxFirst) + 1;
    const parts = (['owned', 'sharedOnly'] as const).map((scope) =>
      keysetWindow(this.base(caller, filter, { scope }).select('c.id'), page.after, sort, limit),
    );
    const walk = OWNER_ORDERED.has(sort.expression)
      ? this.ownedWalk(caller, filter, page, sort, limit)
      : null;
    const owned = walk
      ? `WITH walk AS MATERIALIZED (${walk.getQuery()})
         SELECT id FROM walk
         UNION
         SELECT b.c_id FROM (${parts[0].getQuery()}) b WHERE (SELECT count(*) FROM walk) < ${limit}`
      : parts[0].getQuery();
    qb.andWhere(`c.id = ANY(ARRAY((${owned}) UNION ALL (${parts[1].getQuery()})))`);
    for (const part of walk ? [...parts, walk] : parts) {
      qb.setParameters(part.getParameters());
    }
  }

  /**
   * The first page of the caller's own matches as found by walking their customers in the sort's
   * order (the owner's own index) and testing each, up to OWNER_WALK of them. For a term many
   * customers carry this finds the page after a thousand rows or so, where the planner, misled by
   * the word pre-checks' guessed selectivity, intersected the word index's matches of everyone with
   * all the owner's customers: a STAFF user's "ben nghe" (804 of their 51,387; 15,618 in all)
   * 43 ms -> 5 ms. Fewer than a page within the walk: the planner's way then gives the page.
   */
  private ownedWalk(
    caller: AuthUser,
    filter: CustomerFilter,
    page: PageArgs,
    sort: KeysetSort,
    limit: number,
  ): SelectQueryBuilder<ObjectLiteral> {
    const rows = keysetWindow(
      this.base(caller, { ...filter, search: undefined }, { scope: 'owned' })
        .select('c.id', 'id')
        .addSelect('c.search_text', 'search_text')
        .addSelect('c.search_words', 'search_words')
        .addSelect(sort.expression, 'k'),
      page.after,
      sort,
      OWNER_WALK,
    );
    const match = searchCondition('w', filter.search ?? '', 'search');
    const dir = sort.direction === SortDirection.ASC ? 'ASC' : 'DESC';
    return this.ds
      .createQueryBuilder()
      .select('w.id', 'id')
      .from(`(${rows.getQuery()})`, 'w')
      .where(match.sql, match.params)
      .orderBy('w.k', dir)
      .addOrderBy('w.id', dir)
      .limit(limit)
      .setParameters(rows.getParameters());
  }

  private async countFromCounters(caller: AuthUser, filter: CustomerFilter): Promise<number> {
    const levels = filter.levels?.length ? new Set<string>(filter.levels) : null;
    const rows = await this.countersByLevel(caller, filter);
    return rows.reduce((sum, r) => sum + (levels && !levels.has(r.level) ? 0 : Number(r.count)), 0);
  }

  /** NOT_FOUND for a customer the caller cannot see, exactly as for one that does not exist. */
  async byId(caller: AuthUser, id: string): Promise<Customer> {
    if (!UUID.test(id)) {
      throw new AppError('NOT_FOUND');
    }
    const qb = this.ds.getRepository(Customer).createQueryBuilder('c').where('c.id = :id', { id });
    const found = await scopeCustomers(qb, 'c', caller).getOne();
    if (!found) {
      throw new AppError('NOT_FOUND');
    }
    return found;
  }

  /**
   * One count per level (all six, zeros included); the level filter itself is ignored. Exact from
   * the counters, or counted when the filter matches at most 10,000 customers; past that, the
   * planner's estimate of the matches shared out as the levels are among the caller's customers
   * (the planner's own assumption), each marked ESTIMATE.
   */
  levelCounts(caller: AuthUser, filter: CustomerFilter = {}): Promise<LevelCount[]> {
    const key = `customer-levels:${filterKey({ ...filter, levels: undefined })}`;
    return this.counts.get(caller, key, () => this.levelCountsNow(caller, filter));
  }

  private async levelCountsNow(caller: AuthUser, filter: CustomerFilter): Promise<LevelCount[]> {
    if (countersSuffice(filter)) {
      return levelList(await this.countersByLevel(caller, filter), CountKind.EXACT);
    }
    const matching = this.base(caller, filter, { withLevels: false });
    const { rows: estimate, read } = await this.estimate(caller, filter, false);
    let counted = 0;
    if (read <= ESTIMATE_ABOVE) {
      const [text, values] = matching
        .clone()
        .select('c.level', 'level')
        .limit(COUNT_CAP + 1)
        .getQueryAndParameters();
      const rows: { level: CustomerLevel; count: number }[] = await this.ds.query(
        `SELECT level, count(*)::int AS count FROM (${text}) AS bounded GROUP BY level`,
        values,
      );
      counted = rows.reduce((sum, r) => sum + r.count, 0);
      if (counted <= COUNT_CAP) {
        return levelList(rows, CountKind.EXACT);
      }
    }
    const shares = await this.countersByLevel(caller, { ownerIds: filter.ownerIds });
    const all = shares.reduce((sum, r) => sum + Number(r.count), 0);
    const total = Math.max(estimate, counted);
    return levelList(
      shares.map((r) => ({
        level: r.level,
        count: all > 0 ? roundEstimate((total * Number(r.count)) / all) : 0,
      })),
      CountKind.ESTIMATE,
    );
  }

  /**
   * The maintained per-(owner, level) counters for the owned part of the caller's scope, plus a
   * count of the customers only shared with them (a short list, from the share index).
   */
  private async countersByLevel(caller: AuthUser, filter: CustomerFilter) {
    const qb = this.ds
      .createQueryBuilder()
      .select('k.level', 'level')
      .addSelect('k.n', 'count')
      .from('customer_level_count', 'k')
      .where('k.n <> 0');
    if (filter.ownerIds?.length) {
      qb.andWhere('k.owner_id IN (:...ownerIds)', { ownerIds: ids(filter.ownerIds) });
    }
    if (caller.role !== 'ADMIN') {
      qb.andWhere(
        new Brackets((w) => {
          w.where('k.owner_id = :scopeMe', { scopeMe: caller.id });
          if (caller.role === 'MANAGER' && caller.departmentId) {
            w.orWhere('k.owner_id IN (SELECT du.id FROM app_user du WHERE du.department_id = :scopeDept)', {
              scopeDept: caller.departmentId,
            });
          }
        }),
      );
      const shared = this.base(caller, filter, { withLevels: false, scope: 'sharedOnly' })
        .select('c.level', 'level')
        .addSelect('count(*)', 'count')
        .groupBy('c.level');
      return this.ds
        .createQueryBuilder()
        .select('x.level', 'level')
        .addSelect('sum(x.count)', 'count')
        .from(`(${qb.getQuery()} UNION ALL ${shared.getQuery()})`, 'x')
        .setParameters({ ...qb.getParameters(), ...shared.getParameters() })
        .groupBy('x.level')
        .getRawMany();
    }
    return this.ds
      .createQueryBuilder()
      .select('x.level', 'level')
      .addSelect('sum(x.count)', 'count')
      .from(`(${qb.getQuery()})`, 'x')
      .setParameters(qb.getParameters())
      .groupBy('x.level')
      .getRawMany();
  }

  /**
   * CUS-07: every customer, whoever owns it, but only code, name, owner and the two addresses; and
   * matched only on those for customers the caller may not see (their e-mail, phone and tax code
   * are in `search_text`, which serves as the index's first pass).
   */
  async lookup(caller: AuthUser, search: string, first = 20): Promise<CustomerLookupHit[]> {
    const term = search.trim();
    if (term.length === 0) {
      return [];
    }
    const limit = Math.min(Math.max(first, 1), 50);
    const match = searchCondition('c', term, 'search');
    const open = searchCondition('c', term, 'open', { text: customerPublicText('c'), precheck: false });
    const qb = this.ds.createQueryBuilder();
    const visible = customerVisibleSql(qb, 'c', caller);
    const [text, values] = qb
      .select('c.id', 'id')
      .addSelect('c.code', 'code')
      .addSelect('c.name', 'name')
      .addSelect('u.name', 'ownerName')
      .addSelect('c.office_address', 'officeAddress')
      .addSelect('c.business_address', 'businessAddress')
      .from('customer', 'c')
      .innerJoin('app_user', 'u', 'u.id = c.owner_id')
      .where('c.deleted_at IS NULL')
      .andWhere(
        `((${match.sql} AND (${visible} OR ${open.sql})) OR c.owner_id = ANY (ARRAY(SELECT ou.id FROM app_user ou WHERE sen_fold(ou.name) LIKE :owner)))`,
        { ...match.params, ...open.params, owner: contains(term) },
      )
      .orderBy('c.name')
      .addOrderBy('c.id')
      .limit(limit)
      .getQueryAndParameters();
    return this.ds.query(text, values);
  }

  /** Labels in use on the caller's customers, for the filter picker. */
  async labels(caller: AuthUser): Promise<string[]> {
    const qb = this.ds
      .getRepository(Customer)
      .createQueryBuilder('c')
      .select('DISTINCT unnest(c.labels)', 'label')
      .where('c.deleted_at IS NULL');
    scopeCustomers(qb, 'c', caller);
    const rows: { label: string }[] = await this.ds
      .createQueryBuilder()
      .select('l.label', 'label')
      .from(`(${qb.getQuery()})`, 'l')
      .setParameters(qb.getParameters())
      .orderBy('l.label')
      .limit(500)
      .getRawMany();
    return rows.map((r) => r.label);
  }
}

function levelList(rows: { level: CustomerLevel; count: string | number }[], kind: CountKind): LevelCount[] {
  const counts = new Map(rows.map((r) => [r.level, Number(r.count)]));
  return CUSTOMER_LEVELS.map((level) => ({ level, count: counts.get(level) ?? 0, kind }));
}

/** Whether the filter sets nothing but the given fields (empty values and `false` set nothing). */
function onlySets(filter: CustomerFilter, fields: readonly (keyof CustomerFilter)[]): boolean {
  return Object.entries(filter).every(
    ([key, value]) =>
      fields.includes(key as keyof CustomerFilter) ||
      value === undefined ||
      value === null ||
      value === false ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0),
  );
}

/** The counters know owner and level only: any other condition needs a real count. */
const countersSuffice = (filter: CustomerFilter) => onlySets(filter, ['levels', 'ownerIds']);

/**
 * Filters whose best plan is the same whatever their values (level, owner, kind, trash): the list
 * screen's usual state, worth a prepared statement. Text patterns and group filters are not: a
 * rare and a common value want different plans.
 */
const planIndependentOfValues = (filter: CustomerFilter) =>
  onlySets(filter, ['levels', 'ownerIds', 'kind', 'deleted']);

/** Ids that are not UUIDs cannot match anything; dropping them keeps PostgreSQL from erroring. */
function ids(list: string[]): string[] {
  const valid = list.filter((x) => UUID.test(x));
  return valid.length > 0 ? valid : ['00000000-0000-0000-0000-000000000000'];
}
