import { benchOptions, cliArgs } from '../config/cli-args';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { BULK_EMAIL_DOMAIN, BULK_PASSWORD } from '../db/seed/bulk-customers';
import { cases, type Caller, type Case, type Fixture } from './customer-cases';
import { quantile, start, stop } from './server';

/**
 * `pnpm bench:customers`: the customer list, search, deep page, level counts and lookup on a
 * database filled by `pnpm seed:bulk -- --customers 1000000 --contacts 1500000 --owners 20`.
 * Each case is timed as the HTTP round trip of the GraphQL request to the server on loopback, and
 * as the same query written by hand, sent with `pg`; both as median and p95 over `--runs` runs.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      ...benchOptions('sen_bench', 4303),
      page: { type: 'string', default: '1000' },
    },
  });
  const runs = Number(values.runs);
  const sql = new Client({ connectionString: values.db });
  await sql.connect();
  const size = await dataSize(sql);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-bench-customers-'));
  const server = await start(
    { DATABASE_URL: values.db!, SEN_DATA_DIR: dir, SEN_DEMO_DATA: 'false' },
    Number(values.port),
  );
  const gql = graphql(server.url);
  const results: Row[] = [];
  try {
    const fixture = await pickFixture(sql);
    for (const role of ['ADMIN', 'STAFF'] as const) {
      const caller = await login(sql, gql, role, fixture.ownerId);
      const deep = await followCursor(gql, caller, Number(values.page));
      const all = cases(caller, fixture, deep);
      // A running server is warm: every request shape is compiled and cached before any is timed.
      for (let i = 0; i < 20; i++) {
        for (const c of all) {
          await gql(caller, c.query, c.variables);
        }
      }
      for (const c of all) {
        results.push(await measure(c, caller, gql, sql, runs));
        printRow(results.at(-1)!);
      }
    }
  } finally {
    await stop(server);
    await sql.end();
    rmSync(dir, { recursive: true, force: true });
  }
  const out = {
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    timing:
      'server: the Server-Timing header (arrival to response head); graphql: HTTP round trip on loopback; SQL: pg round trip; ratio = server / SQL',
    runs,
    deepPage: Number(values.page),
    data: size,
    results,
  };
  const outDir = path.resolve(__dirname, '../../../../bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'customers.json'), JSON.stringify(out, null, 2));
  console.log(`\n${JSON.stringify(size)}`);
  console.table(
    results.map((r) => ({
      case: r.case,
      role: r.role,
      rows: r.rows,
      'server med': r.server.medianMs,
      'server p95': r.server.p95Ms,
      'http med': r.graphql.medianMs,
      'sql med': r.sql.medianMs,
      'sql p95': r.sql.p95Ms,
      ratio: r.ratio,
      same: r.sameResult,
    })),
  );
}

interface Stats {
  medianMs: number;
  p95Ms: number;
}

interface Row {
  case: string;
  role: string;
  rows: number;
  /** The HTTP round trip on loopback, as a client sees it. */
  graphql: Stats;
  /** The server's own time (its `Server-Timing` header): what the ratio is taken on. */
  server: Stats;
  sql: Stats;
  ratio: number;
  roundTripRatio: number;
  sameResult: boolean;
}

type Gql = (
  caller: Caller | null,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<Record<string, unknown>>;

/** The `Server-Timing` duration of the last answer. */
let lastServerMs = 0;

function graphql(url: string): Gql {
  return async (caller, query, variables = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(caller ? { authorization: `Bearer ${caller.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
    lastServerMs = Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN);
    if (!json.data || json.errors) {
      throw new Error(`GraphQL error: ${JSON.stringify(json.errors)}`);
    }
    return json.data;
  };
}

async function dataSize(sql: Client) {
  const { rows } = await sql.query(
    `SELECT (SELECT count(*) FROM customer)::int AS customers, (SELECT count(*) FROM contact)::int AS contacts,
            (SELECT count(*) FROM customer_group)::int AS "customerGroups",
            (SELECT count(*) FROM customer_share)::int AS shares,
            pg_size_pretty(pg_total_relation_size('customer')) AS "customerTableWithIndexes",
            pg_size_pretty(pg_total_relation_size('contact')) AS "contactTableWithIndexes"`,
  );
  return rows[0] as Record<string, unknown>;
}

/** The latest bulk run's STAFF owner with the most customers, one of its tax codes and phones. */
async function pickFixture(sql: Client): Promise<Fixture> {
  const { rows } = await sql.query(
    `SELECT u.id FROM app_user u JOIN customer c ON c.owner_id = u.id
      WHERE u.role = 'STAFF' AND u.email LIKE $1
      GROUP BY u.id, u.created_at ORDER BY u.created_at DESC, count(*) DESC LIMIT 1`,
    [`%@${BULK_EMAIL_DOMAIN}`],
  );
  if (rows.length === 0) {
    throw new Error('no bulk data: run pnpm seed:bulk -- --customers 1000000 --contacts 1500000 first');
  }
  const ownerId = rows[0].id as string;
  const [tax] = (
    await sql.query(
      `SELECT tax_code FROM customer WHERE owner_id = $1 AND tax_code IS NOT NULL ORDER BY code LIMIT 1 OFFSET 500`,
      [ownerId],
    )
  ).rows;
  const [phone] = (
    await sql.query(
      `SELECT phone FROM customer WHERE owner_id = $1 AND phone IS NOT NULL ORDER BY code LIMIT 1 OFFSET 700`,
      [ownerId],
    )
  ).rows;
  return {
    ownerId,
    level: 'INTERESTED',
    taxCode: tax.tax_code as string,
    phoneSuffix: (phone.phone as string).slice(-6),
    address: 'Bến Nghé, Quận 1',
  };
}

async function login(sql: Client, gql: Gql, role: 'ADMIN' | 'STAFF', staffId: string): Promise<Caller> {
  const { rows } = await sql.query(
    `SELECT id, email FROM app_user WHERE role = $1 AND email LIKE $2 AND ($1 = 'ADMIN' OR id = $3)
      ORDER BY created_at DESC LIMIT 1`,
    [role, `%@${BULK_EMAIL_DOMAIN}`, staffId],
  );
  const data = await gql(
    null,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    {
      e: rows[0].email,
      p: BULK_PASSWORD,
    },
  );
  return { role, id: rows[0].id as string, token: (data.login as { token: string }).token };
}

/** Follows `endCursor` from the first page of the default list (by name) to the page `page`. */
async function followCursor(gql: Gql, caller: Caller, page: number) {
  let after: string | null = null;
  for (let i = 1; i < page; i++) {
    const data = await gql(
      caller,
      `query($after: String) { customers(first: 50, after: $after) { pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const info = (data.customers as { pageInfo: { hasNextPage: boolean; endCursor: string } }).pageInfo;
    if (!info.hasNextPage) {
      throw new Error(`only ${i} pages of customers for ${caller.role}`);
    }
    after = info.endCursor;
  }
  const [name, id] = JSON.parse(Buffer.from(after!, 'base64url').toString('utf8')) as [string, string];
  return { name, id, cursor: after! };
}

async function measure(c: Case, caller: Caller, gql: Gql, sql: Client, runs: number): Promise<Row> {
  const gqlTimes: number[] = [];
  const serverTimes: number[] = [];
  const sqlTimes: number[] = [];
  let gqlRows: unknown[] | null = [];
  let sqlRows: Record<string, unknown>[] = [];
  // Ten warm-up runs each, then alternate so both sides see the same cache state.
  for (let i = -10; i < runs; i++) {
    let t = performance.now();
    gqlRows = c.rows(await gql(caller, c.query, c.variables));
    const g = performance.now() - t;
    t = performance.now();
    sqlRows = (await sql.query(c.sql, c.params)).rows;
    const s = performance.now() - t;
    if (i >= 0) {
      gqlTimes.push(g);
      serverTimes.push(lastServerMs);
      sqlTimes.push(s);
    }
  }
  const graphqlStats = stats(gqlTimes);
  const sqlStats = stats(sqlTimes);
  const serverStats = stats(serverTimes);
  return {
    case: c.name,
    role: caller.role,
    rows: gqlRows?.length ?? 0,
    graphql: graphqlStats,
    server: serverStats,
    sql: sqlStats,
    ratio: +(serverStats.medianMs / sqlStats.medianMs).toFixed(2),
    roundTripRatio: +(graphqlStats.medianMs / sqlStats.medianMs).toFixed(2),
    sameResult: gqlRows === null || same(gqlRows, sqlRows),
  };
}

/** Pages: the same ids in the same order (the SQL fetches first + 1); counts: the same numbers. */
function same(gqlRows: unknown[], sqlRows: Record<string, unknown>[]): boolean {
  const g = gqlRows as Record<string, unknown>[];
  if (g.length > 0 && 'count' in g[0]) {
    const key = (rows: Record<string, unknown>[]) =>
      JSON.stringify(rows.map((r) => `${String(r.level)}:${Number(r.count)}`).sort());
    return key(g) === key(sqlRows);
  }
  const ids = sqlRows.slice(0, g.length).map((r) => r.id);
  const sizeOk = sqlRows.length === g.length || sqlRows.length === g.length + 1;
  return sizeOk && JSON.stringify(g.map((r) => r.id)) === JSON.stringify(ids);
}

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: +quantile(sorted, 0.5).toFixed(2), p95Ms: +quantile(sorted, 0.95).toFixed(2) };
}

function printRow(r: Row): void {
  console.log(
    `${r.role.padEnd(5)} ${r.case.padEnd(28)} rows ${String(r.rows).padStart(3)}  server ${r.server.medianMs} / ${r.server.p95Ms} ms  sql ${r.sql.medianMs} / ${r.sql.p95Ms} ms  ratio ${r.ratio}  (round trip ${r.graphql.medianMs} / ${r.graphql.p95Ms} ms, ${r.roundTripRatio}×)${r.sameResult ? '' : '  DIFFERENT RESULT'}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
