import type { Client } from 'pg';
import { containsFolded } from '../core/sql';
import { searchShape } from '../db/search';
import { COUNT_CAP, ESTIMATE_ABOVE, roundEstimate } from '../graphql/count-rules';
import { webQuery } from './web-documents';

/**
 * The customer benchmark cases: each a GraphQL request and the same work written by hand in SQL,
 * the way the server does it (same filter, order, limit, visibility rule of USR-02, the same count
 * strategy: level counters, the planner's estimate, a count up to the cap). Both sides' answers are
 * compared: the page's ids in order, the counts and their kind.
 */
export type Role = 'ADMIN' | 'MANAGER' | 'STAFF';

export interface Caller {
  role: Role;
  id: string;
  departmentId: string | null;
  token: string;
}

export interface Fixture {
  ownerId: string;
  level: string;
  taxCode: string;
  phoneSuffix: string;
  address: string;
}

/** What both sides answered, in one comparable form. */
export type Answer = unknown;

export interface Case {
  name: string;
  /** A screen's request exactly as the web app sends it (its generated document). */
  screen: boolean;
  query: string;
  variables: Record<string, unknown>;
  /** The same work by hand: the statements the server would run, in order. */
  sql: (db: Client) => Promise<Answer>;
  answer: (data: Record<string, unknown>) => Answer;
  /** The true number of matches, counted in full (once, untimed), to check the answer's count. */
  truth?: (db: Client) => Promise<number>;
}

const PAGE = `pageInfo { hasNextPage endCursor }
  nodes { id code name level phone email owner { id name } groups { id name } contactCount }`;
const LIST = `query($filter: CustomerFilter, $after: String) {
  customers(first: 50, after: $after, filter: $filter) { ${PAGE} } }`;
const COUNTS = `query($filter: CustomerFilter) { customerLevelCounts(filter: $filter) { level count kind } }`;
const LOOKUP = `query($search: String!) {
  customerLookup(search: $search, first: 20) { id code name ownerName officeAddress businessAddress } }`;
const SCREEN_LIST = webQuery('Customers');
const SCREEN_COUNTS = webQuery('CustomerLevelCounts');
/** The customer list's first page as its screen opens it: 20 rows, newest first. */
const SCREEN_PAGE = { orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }], first: 20, after: null };
const LEVELS = ['NEW', 'INTERESTED', 'APPROACHED', 'SIGNED', 'PAUSED', 'OTHER'];

/** Positional parameters for hand-written SQL: `p.add(v)` gives `$n`. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

/** A filter by hand: its condition (beside the scope's), and whether the counters answer its count. */
interface Where {
  page: (p: Params) => string;
  /** The condition written for the planner's estimate, when it differs. */
  estimate?: (p: Params) => string;
  /** Only levels and owners: the counters answer its count. */
  counters?: { levels?: string[]; ownerIds?: string[] };
  /** A quick search: a STAFF user's page comes from the two parts of their view when it matches many. */
  search?: boolean;
}

/** USR-02 by hand, as `scopeCustomers` writes it. */
function scope(c: Caller, p: Params): string {
  if (c.role === 'ADMIN') {
    return 'true';
  }
  const me = p.add(c.id);
  const dept =
    c.role === 'MANAGER' && c.departmentId
      ? ` OR c.owner_id IN (SELECT du.id FROM app_user du WHERE du.department_id = ${p.add(c.departmentId)})`
      : '';
  return `(c.owner_id = ${me}${dept} OR EXISTS (SELECT 1 FROM customer_share cs WHERE cs.customer_id = c.id AND cs.user_id = ${me}))`;
}

/**
 * The quick search by hand, as `searchCondition` writes it: the stored words (with their `strpos`
 * pre-checks, left out for an estimate) or the trigram one.
 */
function search(term: string, p: Params, estimate = false): string {
  const shape = searchShape(term);
  if (shape.kind === 'substring') {
    return `c.search_text LIKE ${p.add(shape.like)}`;
  }
  const pre = estimate ? [] : shape.words.slice(0, 6).map((w) => `strpos(c.search_text, ${p.add(w)}) > 0`);
  return `(${[...pre.reverse(), `c.search_words @@ ${p.add(shape.tsquery)}::tsquery`].join(' AND ')})`;
}

/**
 * The ids of a STAFF user's page read from the two disjoint parts of their view (own customers, those
 * only shared with them), each in the page's order, as the server reads a search that matches more
 * than ESTIMATE_ABOVE of everyone's customers.
 */
function fromParts(c: Caller, where: (p: Params) => string, order: string, limit: number, p: Params): string {
  const me = p.add(c.id);
  const part = (scope: string) =>
    `(SELECT c.id FROM customer c WHERE c.deleted_at IS NULL AND ${scope} AND ${where(p)} ORDER BY ${order} LIMIT ${limit})`;
  return `c.id = ANY(ARRAY(${part(`c.owner_id = ${me}`)} UNION ALL ${part(
    `c.id IN (SELECT cs.customer_id FROM customer_share cs WHERE cs.user_id = ${me}) AND c.owner_id <> ${me}`,
  )}))`;
}

/** A page as the list screen shows it (the columns of the web's CustomerRow fragment). */
function pageSql(c: Caller, where: (p: Params) => string, order: string, limit: number, parts = false) {
  const p = new Params();
  const narrowed = parts ? (q: Params) => `${where(q)} AND ${fromParts(c, where, order, limit, q)}` : where;
  const text = `
    SELECT c.id, c.code, c.name, c.kind, c.level, c.email, c.phone, c.office_address, c.labels,
           c.created_at, c.deleted_at, c.version, u.id AS owner_id, u.name AS owner_name,
           (SELECT coalesce(json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name), '[]')
              FROM customer_group cg JOIN category g ON g.id = cg.group_id WHERE cg.customer_id = c.id) AS groups,
           (SELECT count(*) FROM contact t WHERE t.customer_id = c.id AND t.deleted_at IS NULL) AS contact_count
      FROM customer c JOIN app_user u ON u.id = c.owner_id
     WHERE c.deleted_at IS NULL AND ${scope(c, p)} AND ${narrowed(p)}
     ORDER BY ${order} LIMIT ${limit}`;
  return { text, values: p.values };
}

/** The matching customers' query without columns: what is estimated and counted. */
function matchSql(c: Caller, where: (p: Params) => string) {
  const p = new Params();
  const text = `SELECT c.level FROM customer c WHERE c.deleted_at IS NULL AND ${scope(c, p)} AND ${where(p)}`;
  return { text, values: p.values };
}

/** The level counters for the caller's owned customers plus the shared-only ones, as the server sums them. */
async function counters(db: Client, c: Caller, ownerIds?: string[]): Promise<Map<string, number>> {
  const p = new Params();
  const owners = ownerIds ? ` AND k.owner_id = ANY (${p.add(ownerIds)}::uuid[])` : '';
  let text: string;
  if (c.role === 'ADMIN') {
    text = `SELECT k.level, sum(k.n)::int AS n FROM customer_level_count k WHERE k.n <> 0${owners} GROUP BY k.level`;
  } else {
    const me = p.add(c.id);
    const dept = c.role === 'MANAGER' && c.departmentId ? p.add(c.departmentId) : null;
    const mine = dept
      ? `(k.owner_id = ${me} OR k.owner_id IN (SELECT du.id FROM app_user du WHERE du.department_id = ${dept}))`
      : `k.owner_id = ${me}`;
    const sharedOwners = ownerIds ? ` AND c.owner_id = ANY (${p.add(ownerIds)}::uuid[])` : '';
    const notDept = dept
      ? ` AND c.owner_id NOT IN (SELECT du.id FROM app_user du WHERE du.department_id = ${dept})`
      : '';
    text = `SELECT x.level, sum(x.n)::int AS n FROM (
              SELECT k.level, k.n FROM customer_level_count k WHERE k.n <> 0${owners} AND ${mine}
              UNION ALL
              SELECT c.level, count(*) FROM customer c
               WHERE c.deleted_at IS NULL${sharedOwners}
                 AND c.id IN (SELECT cs.customer_id FROM customer_share cs WHERE cs.user_id = ${me})
                 AND c.owner_id <> ${me}${notDept}
               GROUP BY c.level) x
            GROUP BY x.level`;
  }
  const { rows } = await db.query(text, p.values);
  return new Map(rows.map((r: { level: string; n: number }) => [r.level, r.n]));
}

async function estimate(db: Client, q: { text: string; values: unknown[] }): Promise<number> {
  const { rows } = await db.query(`EXPLAIN (FORMAT JSON) ${q.text}`, q.values);
  return Math.round((rows[0]['QUERY PLAN'] as [{ Plan: { 'Plan Rows': number } }])[0].Plan['Plan Rows']);
}

type Count = { value: number; kind: string };

/**
 * The server's estimate: the planner's for everyone's customers, times the scope's share by the
 * counters (`rows`); and what counting would read (`read`): a search's matches are everyone's.
 */
async function scopedEstimate(db: Client, c: Caller, where: Where): Promise<{ rows: number; read: number }> {
  const everyone: Caller = { ...c, role: 'ADMIN' };
  const matches = await estimate(db, matchSql(everyone, where.estimate ?? where.page));
  if (c.role === 'ADMIN' || matches === 0) {
    return { rows: matches, read: matches };
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  const mine = sum(await counters(db, c, where.counters?.ownerIds));
  const all = sum(await counters(db, everyone, where.counters?.ownerIds));
  const rows = all > 0 ? Math.round((matches * mine) / all) : 0;
  return { rows, read: where.estimate ? Math.max(rows, matches) : rows };
}

/** The list's `countInfo` by hand, the server's way. */
async function handCount(
  db: Client,
  c: Caller,
  where: Where,
  pageRows: number,
  first: number,
): Promise<Count> {
  if (pageRows <= first) {
    return { value: pageRows, kind: 'EXACT' };
  }
  if (where.counters) {
    const byLevel = await counters(db, c, where.counters.ownerIds);
    const levels = where.counters.levels;
    let n = 0;
    for (const [level, count] of byLevel) {
      n += levels && !levels.includes(level) ? 0 : count;
    }
    return { value: n, kind: 'EXACT' };
  }
  const match = matchSql(c, where.page);
  const { rows: est, read } = await scopedEstimate(db, c, where);
  if (Math.max(est, read) > ESTIMATE_ABOVE) {
    return { value: roundEstimate(est), kind: 'ESTIMATE' };
  }
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM (${match.text} LIMIT ${COUNT_CAP + 1}) x`,
    match.values,
  );
  return rows[0].n <= COUNT_CAP
    ? { value: rows[0].n, kind: 'EXACT' }
    : { value: COUNT_CAP, kind: 'AT_LEAST' };
}

/** `customerLevelCounts` by hand, the server's way. */
async function handLevels(db: Client, c: Caller, where: Where) {
  const list = (m: Map<string, number>, kind: string) => LEVELS.map((l) => `${l}:${m.get(l) ?? 0}:${kind}`);
  if (where.counters) {
    return list(await counters(db, c, where.counters.ownerIds), 'EXACT');
  }
  const match = matchSql(c, where.page);
  const { rows: est, read } = await scopedEstimate(db, c, where);
  let counted = 0;
  if (read <= ESTIMATE_ABOVE) {
    const { rows } = await db.query(
      `SELECT level, count(*)::int AS n FROM (${match.text} LIMIT ${COUNT_CAP + 1}) x GROUP BY level`,
      match.values,
    );
    counted = rows.reduce((s: number, r: { n: number }) => s + r.n, 0);
    if (counted <= COUNT_CAP) {
      return list(new Map(rows.map((r: { level: string; n: number }) => [r.level, r.n])), 'EXACT');
    }
  }
  const shares = await counters(db, c);
  const all = [...shares.values()].reduce((s, n) => s + n, 0);
  const total = Math.max(est, counted);
  return list(
    new Map([...shares].map(([l, n]) => [l, all > 0 ? roundEstimate((total * n) / all) : 0])),
    'ESTIMATE',
  );
}

async function trueCount(db: Client, c: Caller, where: Where): Promise<number> {
  const match = matchSql(c, where.page);
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM (${match.text}) x`, match.values);
  return rows[0].n;
}

const ids = (rows: { id: string }[], n: number) => rows.slice(0, n).map((r) => r.id);
const screenAnswer = (d: Record<string, unknown>) => {
  const conn = d.customers as { nodes: { id: string }[]; countInfo: Count };
  return {
    ids: conn.nodes.map((n) => n.id),
    count: { value: conn.countInfo.value, kind: conn.countInfo.kind },
  };
};
const levelsAnswer = (d: Record<string, unknown>) =>
  (d.customerLevelCounts as { level: string; count: number; kind: string }[]).map(
    (x) => `${x.level}:${x.count}:${x.kind}`,
  );

/** The customer list's screen: its page (20, newest first) with its `countInfo`, by GraphQL and by hand. */
function screenList(c: Caller, name: string, filter: Record<string, unknown>, where: Where): Case {
  return {
    name,
    screen: true,
    query: SCREEN_LIST,
    variables: { filter, ...SCREEN_PAGE },
    sql: async (db) => {
      // The server's choice of plan, made the server's way (the planner's estimate of everyone's matches).
      const parts =
        c.role === 'STAFF' &&
        where.search === true &&
        (await estimate(db, matchSql({ ...c, role: 'ADMIN' }, where.estimate ?? where.page))) >
          ESTIMATE_ABOVE;
      const page = pageSql(c, where.page, 'c.created_at DESC, c.id DESC', SCREEN_PAGE.first + 1, parts);
      const { rows } = await db.query(page.text, page.values);
      const count = await handCount(db, c, where, rows.length, SCREEN_PAGE.first);
      return { ids: ids(rows, SCREEN_PAGE.first), count };
    },
    answer: screenAnswer,
    truth: (db) => trueCount(db, c, where),
  };
}

/** The level tabs above it (`customerLevelCounts` with the filter, levels left out). */
function screenTabs(c: Caller, name: string, filter: Record<string, unknown>, where: Where): Case {
  return {
    name,
    screen: true,
    query: SCREEN_COUNTS,
    variables: { filter },
    sql: (db) => handLevels(db, c, where),
    answer: levelsAnswer,
    truth: (db) => trueCount(db, c, where),
  };
}

export function cases(
  c: Caller,
  f: Fixture,
  deepCursor: { name: string; id: string; cursor: string },
): Case[] {
  const all: Where = { page: () => 'true', counters: {} };
  const bySearch = (term: string): Where => ({
    page: (p: Params) => search(term, p),
    estimate: (p: Params) => search(term, p, true),
    search: true,
  });
  const interested: Where = {
    page: (p: Params) => `c.level = ${p.add('INTERESTED')}`,
    counters: { levels: ['INTERESTED'] },
  };
  const oldList =
    (where: (p: Params) => string, order = 'c.name, c.id') =>
    async (db: Client) => {
      const page = pageSql(c, where, order, 51);
      return ids((await db.query(page.text, page.values)).rows, 50);
    };
  const nodes = (d: Record<string, unknown>) =>
    (d.customers as { nodes: { id: string }[] }).nodes.map((n) => n.id);
  return [
    {
      // What every request costs: HTTP, authentication, GraphQL parsing and validation.
      name: 'baseline (no data)',
      screen: false,
      query: `{ __typename }`,
      variables: {},
      sql: async (db) => (await db.query(`SELECT $1::uuid AS caller`, [c.id])).rows.length,
      answer: () => 1,
    },
    screenList(c, 'screen: list, first page', {}, all),
    screenTabs(c, 'screen: level tabs', {}, all),
    screenList(c, 'screen: list, tab INTERESTED', { levels: ['INTERESTED'] }, interested),
    screenList(c, 'screen: search "tran thi" (name, middle)', { search: 'tran thi' }, bySearch('tran thi')),
    screenTabs(c, 'screen: tabs, search "tran thi"', { search: 'tran thi' }, bySearch('tran thi')),
    screenList(c, 'screen: search "ben nghe" (address)', { search: 'ben nghe' }, bySearch('ben nghe')),
    screenTabs(c, 'screen: tabs, search "ben nghe"', { search: 'ben nghe' }, bySearch('ben nghe')),
    screenList(c, 'screen: search "nguyen van" (common)', { search: 'nguyen van' }, bySearch('nguyen van')),
    screenTabs(c, 'screen: tabs, search "nguyen van"', { search: 'nguyen van' }, bySearch('nguyen van')),
    screenList(c, 'screen: search phone suffix', { search: f.phoneSuffix }, bySearch(f.phoneSuffix)),
    {
      name: 'list level+owner, by name (50)',
      screen: false,
      query: LIST,
      variables: { filter: { levels: [f.level], ownerIds: [f.ownerId] } },
      sql: oldList((p) => `c.level = ${p.add(f.level)} AND c.owner_id = ${p.add(f.ownerId)}`),
      answer: nodes,
    },
    {
      name: 'search tax code (50)',
      screen: false,
      query: LIST,
      variables: { filter: { search: f.taxCode } },
      sql: oldList((p) => search(f.taxCode, p)),
      answer: nodes,
    },
    {
      name: 'page 1000 by cursor (50)',
      screen: false,
      query: LIST,
      variables: { after: deepCursor.cursor },
      sql: oldList((p) => `(c.name, c.id) > (${p.add(deepCursor.name)}, ${p.add(deepCursor.id)})`),
      answer: nodes,
    },
    {
      name: 'level counts, one owner',
      screen: false,
      query: COUNTS,
      variables: { filter: { ownerIds: [f.ownerId] } },
      sql: (db) => handLevels(db, c, { page: () => 'true', counters: { ownerIds: [f.ownerId] } }),
      answer: levelsAnswer,
    },
    {
      name: 'lookup partial address',
      screen: false,
      query: LOOKUP,
      variables: { search: f.address },
      // CUS-07 is the one cross-owner view: no visibility rule; written as the server writes it.
      sql: async (db) => {
        const p = new Params();
        const match = search(f.address, p);
        const { rows } = await db.query(
          `SELECT c.id, c.code, c.name, u.name AS "ownerName", c.office_address AS "officeAddress",
                  c.business_address AS "businessAddress"
             FROM customer c JOIN app_user u ON u.id = c.owner_id
            WHERE c.deleted_at IS NULL
              AND (${match}
                   OR c.owner_id = ANY (ARRAY(SELECT ou.id FROM app_user ou WHERE sen_fold(ou.name) LIKE ${p.add(containsFolded(f.address))})))
            ORDER BY c.name, c.id LIMIT 20`,
          p.values,
        );
        return rows.map((r: { id: string }) => r.id);
      },
      answer: (d) => (d.customerLookup as { id: string }[]).map((x) => x.id),
    },
  ];
}
