import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { benchOptions, cliArgs } from '../config/cli-args';
import { BULK_EMAIL_DOMAIN, BULK_PASSWORD } from '../db/seed/bulk-customers';
import { cases, type Answer, type Caller, type Case, type Fixture, type Role } from './customer-cases';
import { conditions, quantile, start, stop } from './server';

/**
 * `pnpm bench:customers`: the customer screens' requests exactly as the web app sends them (the
 * list's first page with its count, the level tabs, middle-frequency and common searches), and the
 * list, search, deep page, level counts and lookup of earlier issues, for an ADMIN, a MANAGER and a
 * STAFF user, on a database filled by `pnpm seed:bulk -- --customers 1000000 --contacts 1500000
 * --owners 20`.
 *
 * Each case is timed three ways over `--runs` runs: the server's own time (`Server-Timing`), the
 * HTTP round trip on loopback, and the same work written by hand in SQL (the statements the server
 * runs, sent with `pg`), alternating. Both sides' answers are compared (ids in order, counts and
 * their kind) and each count is checked against a full count: the bench fails on any difference.
 * The server keeps counts 5 s per scope and filter; a write before each timed request makes it
 * count afresh, like the SQL side (`--cached` times the kept counts instead).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      ...benchOptions('sen_bench', 4303),
      page: { type: 'string', default: '1000' },
      roles: { type: 'string', default: 'ADMIN,MANAGER,STAFF' },
      only: { type: 'string', default: '' },
      // Time the counts as a busy server serves them (kept 5 s per scope and filter); by default
      // each timed request counts afresh, as the first screen after a change does.
      cached: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const roles = values.roles.split(',') as Role[];
  const sql = new Client({ connectionString: values.db });
  await sql.connect();
  const size = await dataSize(sql);
  const before = await conditions(sql);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-bench-customers-'));
  const server = await start(
    { DATABASE_URL: values.db!, SEN_DATA_DIR: dir, SEN_DEMO_DATA: 'false' },
    Number(values.port),
  );
  const gql = graphql(server.url);
  const results: Row[] = [];
  const failures: string[] = [];
  try {
    const fixture = await pickFixture(sql);
    for (const role of roles) {
      const caller = await login(sql, gql, role, fixture.ownerId);
      const deep = await followCursor(gql, caller, Number(values.page));
      const all = cases(caller, fixture, deep).filter((c) => !values.only || c.name.includes(values.only));
      // A running server is warm: every request shape is compiled and cached before any is timed.
      for (let i = 0; i < 20; i++) {
        for (const c of all) {
          await gql(caller, c.query, c.variables);
        }
      }
      for (const c of all) {
        const row = await measure(c, caller, gql, sql, runs, values.cached!);
        results.push(row);
        printRow(row);
        failures.push(...row.problems.map((p) => `${role} ${c.name}: ${p}`));
      }
    }
  } finally {
    await stop(server);
    await sql.end();
    rmSync(dir, { recursive: true, force: true });
  }
  const after = await conditionsAfter(values.db!);
  const out = {
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    conditions: { before, after },
    timing:
      'server: the Server-Timing header (arrival to response head, the body ready); round trip: HTTP on loopback, body read; SQL: the same statements by hand over pg; ratio = server / SQL',
    runs,
    counts: values.cached
      ? 'kept by the server (5 s per scope and filter)'
      : 'counted afresh on every timed request',
    deepPage: Number(values.page),
    data: size,
    results,
    failures,
  };
  const outDir = path.resolve(__dirname, '../../../../bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'customers.json'), JSON.stringify(out, null, 2));
  console.log(`\n${JSON.stringify(size)}`);
  console.log(`before: ${JSON.stringify(before)}\nafter: ${JSON.stringify(after)}`);
  console.table(
    results.map((r) => ({
      role: r.role,
      case: r.case,
      count: r.count ?? '',
      'server med': r.server.medianMs,
      'server p95': r.server.p95Ms,
      'trip med': r.roundTrip.medianMs,
      'trip p95': r.roundTrip.p95Ms,
      'sql med': r.sql.medianMs,
      'sql p95': r.sql.p95Ms,
      ratio: r.ratio,
      same: r.problems.length === 0,
    })),
  );
  if (failures.length > 0) {
    console.error(`\n${failures.length} WRONG ANSWER(S):\n${failures.join('\n')}`);
    process.exit(1);
  }
}

interface Stats {
  medianMs: number;
  p95Ms: number;
}

interface Row {
  case: string;
  role: string;
  screen: boolean;
  /** The count the answer gave, and the full count beside it. */
  count?: string;
  /** The HTTP round trip on loopback, as a client sees it (body read). */
  roundTrip: Stats;
  /** The server's own time (its `Server-Timing` header): what the issue's ratio is taken on. */
  server: Stats;
  sql: Stats;
  ratio: number;
  roundTripRatio: number;
  /** Differences between the GraphQL and the SQL answers, or a count that is not true. */
  problems: string[];
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

async function conditionsAfter(db: string) {
  const sql = new Client({ connectionString: db });
  await sql.connect();
  try {
    return await conditions(sql);
  } finally {
    await sql.end();
  }
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

/** The ADMIN, the fixture STAFF owner, or the MANAGER of that owner's department. */
async function login(sql: Client, gql: Gql, role: Role, staffId: string): Promise<Caller> {
  const { rows } = await sql.query(
    `SELECT id, email, department_id FROM app_user
      WHERE role = $1 AND email LIKE $2
        AND ($1 = 'ADMIN' OR ($1 = 'STAFF' AND id = $3)
             OR ($1 = 'MANAGER' AND department_id = (SELECT department_id FROM app_user WHERE id = $3)))
      ORDER BY created_at DESC LIMIT 1`,
    [role, `%@${BULK_EMAIL_DOMAIN}`, staffId],
  );
  const data = await gql(
    null,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: rows[0].email, p: BULK_PASSWORD },
  );
  return {
    role,
    id: rows[0].id as string,
    departmentId: rows[0].department_id as string | null,
    token: (data.login as { token: string }).token,
  };
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

/**
 * A write (the caller's language set to what it is) makes the server forget its kept counts: the
 * next request counts afresh. Its own language is Vietnamese in the bulk data.
 */
const FORGET_COUNTS = `mutation { updateMyPreferences(language: VI) { id } }`;

async function measure(
  c: Case,
  caller: Caller,
  gql: Gql,
  sql: Client,
  runs: number,
  cached: boolean,
): Promise<Row> {
  const tripTimes: number[] = [];
  const serverTimes: number[] = [];
  const sqlTimes: number[] = [];
  let gqlAnswer: Answer = null;
  let sqlAnswer: Answer = null;
  const problems: string[] = [];
  // Ten warm-up runs each, then alternate so both sides see the same cache state.
  for (let i = -10; i < runs; i++) {
    if (!cached) {
      await gql(caller, FORGET_COUNTS);
    }
    let t = performance.now();
    const data = await gql(caller, c.query, c.variables);
    const g = performance.now() - t;
    t = performance.now();
    const answer = await c.sql(sql);
    const s = performance.now() - t;
    const fromGql = c.answer(data);
    if (JSON.stringify(fromGql) !== JSON.stringify(answer) && problems.length < 3) {
      problems.push(
        `GraphQL ${JSON.stringify(fromGql).slice(0, 300)} ≠ SQL ${JSON.stringify(answer).slice(0, 300)}`,
      );
    }
    gqlAnswer = fromGql;
    sqlAnswer = answer;
    if (i >= 0) {
      tripTimes.push(g);
      serverTimes.push(lastServerMs);
      sqlTimes.push(s);
    }
  }
  const count = c.truth ? await checkCount(gqlAnswer, await c.truth(sql), problems) : undefined;
  if (Array.isArray(gqlAnswer) && gqlAnswer.length === 0 && !c.name.startsWith('baseline')) {
    problems.push('no rows: the case measures nothing');
  }
  void sqlAnswer;
  const roundTrip = stats(tripTimes);
  const sqlStats = stats(sqlTimes);
  const server = stats(serverTimes);
  return {
    case: c.name,
    role: caller.role,
    screen: c.screen,
    count,
    roundTrip,
    server,
    sql: sqlStats,
    ratio: +(server.medianMs / sqlStats.medianMs).toFixed(2),
    roundTripRatio: +(roundTrip.medianMs / sqlStats.medianMs).toFixed(2),
    problems,
  };
}

/**
 * The answer's count against the full count: EXACT must equal it, AT_LEAST must be below it, an
 * ESTIMATE is reported with its error (and fails beyond 3× off, which no screen should show).
 */
async function checkCount(answer: Answer, truth: number, problems: string[]): Promise<string> {
  let value: number;
  let kind: string;
  if (Array.isArray(answer)) {
    // Level tabs: "LEVEL:count:kind" each.
    const parts = (answer as string[]).map((x) => x.split(':'));
    value = parts.reduce((s, p) => s + Number(p[1]), 0);
    kind = parts[0][2];
  } else {
    ({ value, kind } = (answer as { count: { value: number; kind: string } }).count);
  }
  const ok =
    kind === 'EXACT'
      ? value === truth
      : kind === 'AT_LEAST'
        ? truth > value
        : truth / value < 3 && value / truth < 3;
  if (!ok) {
    problems.push(`count ${kind} ${value}, but ${truth} match`);
  }
  return `${kind === 'EXACT' ? '' : kind === 'AT_LEAST' ? '> ' : '≈ '}${value}${kind === 'EXACT' ? '' : ` (${truth})`}`;
}

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: +quantile(sorted, 0.5).toFixed(2), p95Ms: +quantile(sorted, 0.95).toFixed(2) };
}

function printRow(r: Row): void {
  console.log(
    `${r.role.padEnd(7)} ${r.case.padEnd(42)} ${(r.count ?? '').padEnd(18)} server ${r.server.medianMs} / ${r.server.p95Ms} ms  sql ${r.sql.medianMs} / ${r.sql.p95Ms} ms  ratio ${r.ratio}  (round trip ${r.roundTrip.medianMs} / ${r.roundTrip.p95Ms} ms, ${r.roundTripRatio}×)${r.problems.length ? `  WRONG: ${r.problems[0]}` : ''}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
