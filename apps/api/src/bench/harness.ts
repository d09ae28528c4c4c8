import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { BULK_EMAIL_DOMAIN, BULK_PASSWORD } from '../db/seed/bulk-customers';
import { conditions, quantile, start, stop, type Started } from './server';

/**
 * What every bench does the same way: sign in, send GraphQL, time a case over HTTP and its
 * hand-written SQL, sum the timings up, sample the server's memory, and write and print the results.
 */
export type Row = Record<string, unknown>;

export interface Stats {
  medianMs: number;
  p95Ms: number;
}

/** A client of the bench database. */
export async function connect(db: string): Promise<Client> {
  const sql = new Client({ connectionString: db });
  await sql.connect();
  return sql;
}

/** How many rows each table has, by the name given: `{ customers: 'customer' }`. */
export async function countRows(
  sql: Client,
  tables: Record<string, string>,
): Promise<Record<string, number>> {
  const counts = Object.entries(tables).map(
    ([name, table]) => `(SELECT count(*) FROM ${table})::int AS "${name}"`,
  );
  return (await sql.query(`SELECT ${counts.join(', ')}`)).rows[0] as Record<string, number>;
}

export interface BenchServer extends Started {
  /** Stops the server and removes its data folder. */
  close(): Promise<void>;
  dir: string;
}

/** The built server on the bench database (no demo data), with a data folder of its own. */
export async function startOn(db: string, port: number | string, name: string): Promise<BenchServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `sen-bench-${name}-`));
  const server = await start({ DATABASE_URL: db, SEN_DATA_DIR: dir, SEN_DEMO_DATA: 'false' }, Number(port));
  return {
    ...server,
    dir,
    async close() {
      await stop(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The bulk user of a role (`pnpm seed:bulk`'s domain) that `where` (on `u`) keeps, first in
 * `order`: the one whose screens a bench times.
 */
export async function bulkUser(
  sql: Client,
  role: string,
  where = 'true',
  order = 'u.created_at DESC',
): Promise<{ id: string; email: string }> {
  const { rows } = await sql.query(
    `SELECT u.id, u.email FROM app_user u WHERE u.role = $1 AND u.email LIKE $2 AND (${where}) ORDER BY ${order} LIMIT 1`,
    [role, `%@${BULK_EMAIL_DOMAIN}`],
  );
  if (!rows[0]) {
    throw new Error(`no bulk ${role} user: run \`pnpm seed:bulk\` first`);
  }
  return rows[0] as { id: string; email: string };
}

/** A token for each person, by the same keys. */
export async function signIn<K extends string>(
  url: string,
  people: Record<K, { email: string }>,
): Promise<Record<K, string>> {
  const tokens = {} as Record<K, string>;
  for (const key of Object.keys(people) as K[]) {
    tokens[key] = await login(url, people[key].email);
  }
  return tokens;
}

export const round = (x: number) => Math.round(x * 100) / 100;

/** Median and p95 of the timings that are numbers (NaN: a response without Server-Timing); null when none is. */
export function stats(xs: number[]): Stats | null {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? { medianMs: round(quantile(s, 0.5)), p95Ms: round(quantile(s, 0.95)) } : null;
}

/**
 * A request, sent again once when the server had closed the kept-alive socket just as it was reused
 * (the request never reached it: its keep-alive timeout ran out while the SQL reference ran, which a
 * loaded machine makes likely). What the benches send again only reads, or signs in.
 */
export async function send(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') {
      throw err;
    }
    return fetch(url, init);
  }
}

function graphqlRequest(token: string | null, body: { query: string; variables?: object }): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  };
}

/** A GraphQL read as the web sends it, with the caller's token (sent again as `send` says). */
export function post(url: string, token: string | null, body: { query: string; variables?: object }) {
  return send(`${url}/graphql`, graphqlRequest(token, body));
}

/** A GraphQL answer's data (sent once: it may write); its errors thrown, named after what asked. */
export async function gql(
  url: string,
  token: string | null,
  query: string,
  variables: object = {},
  name = 'GraphQL',
): Promise<Row> {
  const res = await fetch(`${url}/graphql`, graphqlRequest(token, { query, variables }));
  const json = (await res.json()) as { data?: Row; errors?: unknown };
  if (!json.data || json.errors) {
    throw new Error(`${name}: ${JSON.stringify(json.errors)}`);
  }
  return json.data;
}

/** A token for a bulk user (`pnpm seed:bulk` gives them all one password). */
export async function login(url: string, email: string, password = BULK_PASSWORD): Promise<string> {
  const data = await gql(
    url,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
    `login ${email}`,
  );
  return (data.login as { token: string }).token;
}

/** The server's own time of a response (`Server-Timing: …;dur=`), NaN when it sent none. */
export function serverTime(res: Response): number {
  return Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN);
}

/** A screen timed beside hand-written SQL of the same answer, as a user of `role`. */
export interface SqlCase<R extends string, Checked> {
  name: string;
  role: R;
  /** The web app's document (`webQuery`) and the variables its screen sends. */
  query: string;
  variables: Record<string, unknown>;
  /** The hand-written SQL of the same answer ($1 the caller's id, then `params`). */
  sql: string[];
  params?: unknown[];
  /** Compares the server's answer with the SQL's results (one per statement). */
  check: (data: Row, sql: Row[][]) => Checked;
}

export interface Timed {
  answer: Row;
  /** Server-Timing of each timed run. */
  server: number[];
  /** Round trip of each timed run. */
  http: number[];
}

/**
 * The server as its users meet it, after it has run a while: the cases' documents sent one after
 * the other, untimed, for `rounds` rounds or until `ms` have passed. A server just started runs
 * each resolver cold (V8 compiles a function better after many calls; each pooled connection
 * prepares its statements and PostgreSQL settles on their plans after a few runs): one customer's
 * debt (`bench:money`) took 1.15 ms of server time over its first 100 requests, 0.79 ms after 500
 * and 0.58 ms after a few thousand.
 */
export async function warmServer(
  url: string,
  cases: readonly { token: string; query: string; variables: object }[],
  { rounds = 200, ms = 15_000 }: { rounds?: number; ms?: number } = {},
): Promise<{ rounds: number; ms: number }> {
  const t0 = performance.now();
  let done = 0;
  while (done < rounds && performance.now() - t0 < ms) {
    for (const c of cases) {
      await (await post(url, c.token, { query: c.query, variables: c.variables })).arrayBuffer();
    }
    done++;
  }
  return { rounds: done, ms: Math.round(performance.now() - t0) };
}

/** A GraphQL case sent `warmups` times untimed, then `runs` times timed; its last answer. */
export async function timeGraphql(
  url: string,
  token: string,
  c: { name: string; query: string; variables: object },
  runs: number,
  warmups = 3,
): Promise<Timed> {
  const timed: Timed = { answer: {}, server: [], http: [] };
  for (let i = -warmups; i < runs; i++) {
    const t = performance.now();
    const res = await post(url, token, { query: c.query, variables: c.variables });
    const json = (await res.json()) as { data?: Row; errors?: unknown };
    const ms = performance.now() - t;
    if (!json.data || json.errors) {
      throw new Error(`${c.name}: ${JSON.stringify(json.errors)}`);
    }
    timed.answer = json.data;
    if (i >= 0) {
      timed.http.push(ms);
      timed.server.push(serverTime(res));
    }
  }
  return timed;
}

/**
 * A case's hand-written SQL, statement after statement, run `warmups` times untimed then `runs`
 * times timed; the rows of each statement (last run) and the time of each timed run. After the
 * HTTP runs: a slow reference between two requests would outlast the server's keep-alive.
 */
export async function timeSql(
  sql: Client,
  statements: readonly string[],
  params: readonly unknown[],
  runs: number,
  warmups = 1,
): Promise<{ rows: Row[][]; ms: number[] }> {
  let rows: Row[][] = [];
  const ms: number[] = [];
  for (let i = -warmups; i < runs; i++) {
    const s = performance.now();
    rows = [];
    for (const text of statements) {
      rows.push((await sql.query(text, [...params])).rows as Row[]);
    }
    if (i >= 0) {
      ms.push(performance.now() - s);
    }
  }
  return { rows, ms };
}

/** The result of a case timed over HTTP and in SQL: median and p95 of each, the ratio of the medians. */
export function versusSql(server: number[], http: number[], sqlMs: number[]) {
  const timed = stats(server);
  const hand = stats(sqlMs);
  return {
    server: timed,
    http: stats(http),
    handWrittenSql: hand,
    ratio: timed && hand ? round(timed.medianMs / hand.medianMs) : null,
  };
}

/** The usual columns of the printed table of timed cases (those a result has). */
export function timingColumns(r: Row): Row {
  const s = (k: string) => r[k] as Stats | null | undefined;
  return {
    case: r.case,
    role: r.role,
    ...('rows' in r ? { rows: r.rows } : {}),
    'server med': s('server')?.medianMs,
    'server p95': s('server')?.p95Ms,
    'http med': s('http')?.medianMs,
    ...('handWrittenSql' in r
      ? { 'SQL med': s('handWrittenSql')?.medianMs, 'SQL p95': s('handWrittenSql')?.p95Ms }
      : {}),
    ...('ratio' in r ? { ratio: r.ratio } : {}),
  };
}

/**
 * A case timed over HTTP, then its hand-written SQL (`statements` with `params`): the last answer,
 * the SQL's rows (one list per statement) and the two timed side by side.
 */
export async function timeAgainstSql(
  url: string,
  sql: Client,
  token: string,
  c: { name: string; query: string; variables: object },
  reference: { statements: readonly string[]; params: readonly unknown[] },
  runs: number,
  warmups = { http: 3, sql: 1 },
) {
  const timed = await timeGraphql(url, token, c, runs, warmups.http);
  const hand = await timeSql(sql, reference.statements, reference.params, runs, warmups.sql);
  return { answer: timed.answer, rows: hand.rows, times: versusSql(timed.server, timed.http, hand.ms) };
}

export const SQL_TIMING =
  'server: Server-Timing header; http: round trip on loopback; handWrittenSql: the same answer in SQL from a pg client';

/**
 * Writes `bench-results/<name>.json`: the machine and its load, PostgreSQL's settings, then `out`.
 * Returns what it wrote.
 */
export async function writeResults(
  name: string,
  sql: Client,
  out: Row,
): Promise<Row & { conditions: Awaited<ReturnType<typeof conditions>> }> {
  const full = {
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg()[0].toFixed(1)}`,
    conditions: await conditions(sql),
    ...out,
  };
  const outDir = path.resolve(__dirname, '../../../../bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(full, null, 2));
  return full;
}

/** Prints what a bench found wrong (the first `most`) under `title`, and makes the run fail. */
export function failWith(problems: readonly string[], title: string, most = Infinity): void {
  if (problems.length > 0) {
    console.error(`\n${problems.length} ${title}:\n${problems.slice(0, most).join('\n')}`);
    process.exitCode = 1;
  }
}

/** A process's resident memory in MB (0 once it is gone). */
export function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** A process's resident memory sampled every `everyMs` until `stop`: before and at its peak, in MB. */
export function sampleRss(pid: number, everyMs = 25): { stop(): { rssBeforeMb: number; rssPeakMb: number } } {
  const before = rssMb(pid);
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, rssMb(pid));
      return { rssBeforeMb: Math.round(before), rssPeakMb: Math.round(peak) };
    },
  };
}
