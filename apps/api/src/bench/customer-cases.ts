import { foldVietnamese } from '@sen/shared';

/**
 * The customer benchmark cases: each a GraphQL request and the same query written by hand in SQL
 * (same filter, order and limit; for a STAFF caller the same visibility rule, USR-02).
 */
export interface Caller {
  role: 'ADMIN' | 'STAFF';
  id: string;
  token: string;
}

export interface Fixture {
  ownerId: string;
  level: string;
  taxCode: string;
  phoneSuffix: string;
  address: string;
}

export interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  sql: string;
  params: unknown[];
  /** Rows of the GraphQL answer, to check both sides return the same thing (null: nothing to compare). */
  rows: (data: Record<string, unknown>) => unknown[] | null;
}

const PAGE = `pageInfo { hasNextPage endCursor }
  nodes { id code name level phone email owner { id name } groups { id name } contactCount }`;
const LIST = `query($filter: CustomerFilter, $after: String) {
  customers(first: 50, after: $after, filter: $filter) { ${PAGE} } }`;
const COUNTS = `query($filter: CustomerFilter) { customerLevelCounts(filter: $filter) { level count } }`;
const LOOKUP = `query($search: String!) {
  customerLookup(search: $search, first: 20) { id code name ownerName officeAddress businessAddress } }`;

/** A page as a list screen shows it: the row, its owner, its groups and its contact count. */
const PAGE_SQL = (where: string, limit = 51) => `
  SELECT c.id, c.code, c.name, c.level, c.phone, c.email, u.id AS owner_id, u.name AS owner_name,
         (SELECT coalesce(json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name), '[]')
            FROM customer_group cg JOIN category g ON g.id = cg.group_id WHERE cg.customer_id = c.id) AS groups,
         (SELECT count(*) FROM contact t WHERE t.customer_id = c.id AND t.deleted_at IS NULL) AS contact_count
    FROM customer c JOIN app_user u ON u.id = c.owner_id
   WHERE c.deleted_at IS NULL AND ${where}
   ORDER BY c.name, c.id LIMIT ${limit}`;

/**
 * The hand-written visibility rule. `$1` is the caller, NULL for an ADMIN (the condition is then
 * constant-folded away), so every statement keeps the same parameter positions.
 */
const scope = (c: Caller) =>
  c.role === 'ADMIN'
    ? '$1::uuid IS NULL'
    : `(c.owner_id = $1 OR EXISTS (SELECT 1 FROM customer_share s WHERE s.customer_id = c.id AND s.user_id = $1))`;
const scopeParams = (c: Caller) => (c.role === 'ADMIN' ? [null] : [c.id]);
const contains = (s: string) => `%${foldVietnamese(s)}%`;

const nodes = (d: Record<string, unknown>) => (d.customers as { nodes: unknown[] }).nodes;

export function cases(
  c: Caller,
  f: Fixture,
  deepCursor: { name: string; id: string; cursor: string },
): Case[] {
  const s = scope(c);
  return [
    {
      // What every request costs: HTTP, authentication, GraphQL parsing and validation.
      name: 'baseline (no data)',
      query: `{ __typename }`,
      variables: {},
      sql: `SELECT $1::uuid AS caller`,
      params: scopeParams(c),
      rows: () => null,
    },
    {
      name: 'list level+owner, by name',
      query: LIST,
      variables: { filter: { levels: [f.level], ownerIds: [f.ownerId] } },
      sql: PAGE_SQL(`${s} AND c.level = $2 AND c.owner_id = $3`),
      params: [...scopeParams(c), f.level, f.ownerId],
      rows: nodes,
    },
    {
      name: 'search "nguyen van"',
      query: LIST,
      variables: { filter: { search: 'nguyen van' } },
      sql: PAGE_SQL(`${s} AND c.search_text LIKE $2`),
      params: [...scopeParams(c), contains('nguyen van')],
      rows: nodes,
    },
    {
      name: 'search tax code',
      query: LIST,
      variables: { filter: { search: f.taxCode } },
      sql: PAGE_SQL(`${s} AND c.search_text LIKE $2`),
      params: [...scopeParams(c), contains(f.taxCode)],
      rows: nodes,
    },
    {
      name: 'search phone suffix',
      query: LIST,
      variables: { filter: { search: f.phoneSuffix } },
      sql: PAGE_SQL(`${s} AND c.search_text LIKE $2`),
      params: [...scopeParams(c), contains(f.phoneSuffix)],
      rows: nodes,
    },
    {
      name: 'page 1000 by cursor',
      query: LIST,
      variables: { after: deepCursor.cursor },
      sql: PAGE_SQL(`${s} AND (c.name, c.id) > ($2, $3)`),
      params: [...scopeParams(c), deepCursor.name, deepCursor.id],
      rows: nodes,
    },
    {
      name: 'level counts, one owner',
      query: COUNTS,
      variables: { filter: { ownerIds: [f.ownerId] } },
      sql: `SELECT c.level, count(*)::int AS count FROM customer c
             WHERE c.deleted_at IS NULL AND ${s} AND c.owner_id = $2 GROUP BY c.level`,
      params: [...scopeParams(c), f.ownerId],
      rows: (d) => (d.customerLevelCounts as { count: number }[]).filter((x) => x.count > 0),
    },
    {
      name: 'level counts, all',
      query: COUNTS,
      variables: {},
      sql: `SELECT c.level, count(*)::int AS count FROM customer c
             WHERE c.deleted_at IS NULL AND ${s} GROUP BY c.level`,
      params: scopeParams(c),
      rows: (d) => (d.customerLevelCounts as { count: number }[]).filter((x) => x.count > 0),
    },
    {
      name: 'lookup partial address',
      query: LOOKUP,
      variables: { search: f.address },
      // Lookup (CUS-07) is the one cross-owner view: no visibility rule.
      sql: `SELECT c.id, c.code, c.name, u.name AS owner_name, c.office_address, c.business_address
              FROM customer c JOIN app_user u ON u.id = c.owner_id
             WHERE c.deleted_at IS NULL AND $1::uuid IS NULL
               AND (c.search_text LIKE $2 OR sen_fold(u.name) LIKE $2)
             ORDER BY c.name, c.id LIMIT 20`,
      params: [null, contains(f.address)],
      rows: (d) => d.customerLookup as unknown[],
    },
  ];
}
