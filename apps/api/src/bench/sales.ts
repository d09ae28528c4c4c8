import { benchOptions, cliArgs } from '../config/cli-args';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { BULK_EMAIL_DOMAIN, BULK_PASSWORD } from '../db/seed/bulk-customers';
import { conditions, quantile, start, stop } from './server';
import { webQuery } from './web-documents';

/**
 * `pnpm bench:sales` (issue 16): the opportunity board for one STAFF user and for a manager, the
 * quotes list filtered by status and date, one quote with its lines, and a quote's PDF, on a
 * database filled by `pnpm seed:bulk -- --customers 1000000 --contacts 1500000 --owners 20` and
 * then `node apps/api/dist/db/seed/bulk-sales.js` (200,000 opportunities, 500,000 quotes with 3–8
 * lines). Each screen sends the web app's own document (`webQuery`); its server time
 * (`Server-Timing`) is set beside hand-written SQL with the same access rule, median and p95.
 */
interface Case {
  name: string;
  role: 'STAFF' | 'MANAGER';
  /** A GraphQL screen query, or a GET path (the PDF). */
  query?: string;
  variables?: Record<string, unknown>;
  get?: string;
  /** The hand-written SQL of the same answer ($1 the caller's id, then `params`). */
  sql?: string[];
  params?: unknown[];
  /** Compares the server's answer with the first SQL statement's rows: a message when they differ. */
  check?: (data: unknown, rows: never[]) => string | null;
}

/** The caller's shares, gathered once (an array an index reads beside the other ways in). */
const SHARED = `ARRAY(SELECT s.customer_id FROM customer_share s WHERE s.user_id = $1)`;
/** MANAGER: the documents of their department's people, and of customers those people own. */
const DEPT_USERS = `ARRAY(SELECT u.id FROM app_user u WHERE u.department_id = (SELECT department_id FROM app_user WHERE id = $1))`;

/**
 * STAFF: their own documents and those of customers they own (the document's copy of its
 * customer's owner, `customer_owner_id`) or that are shared with them.
 */
const STAFF_SCOPE = (t: string) =>
  `(${t}.owner_id = $1 OR ${t}.customer_owner_id = $1 OR ${t}.customer_id = ANY(${SHARED}))`;
const MANAGER_SCOPE = (t: string) => `(${t}.owner_id = ANY(${DEPT_USERS})
  OR ${t}.customer_owner_id = ANY(${DEPT_USERS}) OR ${t}.customer_id = ANY(${SHARED}))`;

const STAGES = ['NEEDS_ANALYSIS', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST'];

/** The board by hand: the counts over the visible cards, then each column's 51 last-moved cards. */
function boardSql(scope: (t: string) => string): string[] {
  return [
    `SELECT o.stage, count(*)::int AS n, coalesce(sum(o.expected_value), 0)::text AS value FROM opportunity o
      WHERE o.deleted_at IS NULL AND ${scope('o')} GROUP BY o.stage`,
    ...STAGES.map(
      (stage) => `SELECT o.id, o.code, o.name, o.stage, o.expected_value, c.code, c.name, u.name
        FROM opportunity o JOIN customer c ON c.id = o.customer_id JOIN app_user u ON u.id = o.owner_id
       WHERE o.deleted_at IS NULL AND o.stage = '${stage}' AND ${scope('o')}
       ORDER BY o.stage_changed_at DESC, o.id DESC LIMIT 51`,
    ),
  ];
}

/** The board's counts and sums as the server answered them, against the hand-written SQL's. */
function checkBoard(data: unknown, rows: { stage: string; n: number; value: string }[]): string | null {
  const answered = (data as { opportunityPipeline: { stage: string; count: number; value: string }[] })
    .opportunityPipeline;
  for (const stage of STAGES) {
    const a = answered.find((x) => x.stage === stage);
    const r = rows.find((x) => x.stage === stage) ?? { n: 0, value: '0' };
    if (!a || a.count !== r.n || a.value !== r.value) {
      return `${stage}: server ${JSON.stringify(a)}, SQL ${JSON.stringify(r)}`;
    }
  }
  return null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: cliArgs(), options: { ...benchOptions('sen_bench', 4346) } });
  const runs = Number(values.runs);
  const sql = new Client({ connectionString: values.db });
  await sql.connect();
  // The server's own session settings (db/database.ts), so that both sides plan alike.
  await sql.query('SET jit = off');
  const size = (
    await sql.query(
      `SELECT (SELECT count(*) FROM customer)::int AS customers, (SELECT count(*) FROM opportunity)::int AS opportunities,
              (SELECT count(*) FROM quote)::int AS quotes, (SELECT count(*) FROM quote_line)::int AS "quoteLines",
              (SELECT count(*) FROM product)::int AS products`,
    )
  ).rows[0] as Record<string, number>;
  if (!size.quotes) {
    throw new Error('no quotes: run `node apps/api/dist/db/seed/bulk-sales.js` first');
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-bench-sales-'));
  const server = await start(
    { DATABASE_URL: values.db!, SEN_DATA_DIR: dir, SEN_DEMO_DATA: 'false' },
    Number(values.port),
  );
  const results: Record<string, unknown>[] = [];
  try {
    const user = async (role: string) =>
      (
        await sql.query(
          `SELECT u.id, u.email FROM app_user u WHERE u.role = $1 AND u.email LIKE $2
              AND EXISTS (SELECT 1 FROM opportunity o WHERE o.owner_id = u.id) ORDER BY u.created_at DESC LIMIT 1`,
          [role, `%@${BULK_EMAIL_DOMAIN}`],
        )
      ).rows[0] as { id: string; email: string };
    const people = { STAFF: await user('STAFF'), MANAGER: await user('MANAGER') };
    const tokens = {
      STAFF: await login(server.url, people.STAFF.email),
      MANAGER: await login(server.url, people.MANAGER.email),
    };
    const { rows: q } = await sql.query(
      `SELECT q.id FROM quote q WHERE q.owner_id = $1 AND q.deleted_at IS NULL ORDER BY q.date DESC LIMIT 1`,
      [people.STAFF.id],
    );
    const quoteId = (q[0] as { id: string }).id;
    const month = { dateFrom: '2026-01-01', dateTo: '2026-06-30' };
    const quotesFilter = { statuses: ['SENT'], ...month };
    const quotesSql = (scope: (t: string) => string) => [
      `SELECT q.id, q.number, q.date, q.valid_until, q.status, q.total, c.code, c.name, u.name
         FROM quote q JOIN customer c ON c.id = q.customer_id JOIN app_user u ON u.id = q.owner_id
        WHERE q.deleted_at IS NULL AND q.status = 'SENT' AND q.date BETWEEN $2 AND $3 AND ${scope('q')}
        ORDER BY q.date DESC, q.id DESC LIMIT 21`,
      `SELECT count(*) FROM quote q WHERE q.deleted_at IS NULL AND q.status = 'SENT' AND q.date BETWEEN $2 AND $3
          AND ${scope('q')}`,
    ];
    const cases: Case[] = [
      {
        name: 'opportunity board (counts and sums per stage, 50 cards a column)',
        role: 'STAFF',
        query: webQuery('OpportunityBoard'),
        variables: { first: 50 },
        sql: boardSql(STAFF_SCOPE),
        check: checkBoard,
      },
      {
        name: 'opportunity board (counts and sums per stage, 50 cards a column)',
        role: 'MANAGER',
        query: webQuery('OpportunityBoard'),
        variables: { first: 50 },
        sql: boardSql(MANAGER_SCOPE),
        check: checkBoard,
      },
      {
        name: 'quotes: Đã gửi, first half of 2026, first page with its total',
        role: 'STAFF',
        query: webQuery('Quotes'),
        variables: { filter: quotesFilter, first: 20 },
        sql: quotesSql(STAFF_SCOPE),
        params: [month.dateFrom, month.dateTo],
      },
      {
        name: 'quotes: Đã gửi, first half of 2026, first page with its total',
        role: 'MANAGER',
        query: webQuery('Quotes'),
        variables: { filter: quotesFilter, first: 20 },
        sql: quotesSql(MANAGER_SCOPE),
        params: [month.dateFrom, month.dateTo],
      },
      {
        name: 'one quote with its lines and totals',
        role: 'STAFF',
        query: webQuery('Quote'),
        variables: { id: quoteId },
        sql: [
          `SELECT q.*, c.code, c.name FROM quote q JOIN customer c ON c.id = q.customer_id WHERE q.id = $2 AND ${STAFF_SCOPE('q')}`,
          `SELECT * FROM quote_line WHERE $1::uuid IS NOT NULL AND quote_id = $2 ORDER BY position`,
        ],
        params: [quoteId],
      },
      { name: 'quote PDF', role: 'STAFF', get: `/files/quotes/${quoteId}.pdf` },
    ];
    for (const c of cases) {
      let answer: unknown = null;
      const serverMs: number[] = [];
      const http: number[] = [];
      const sqlMs: number[] = [];
      for (let i = -3; i < runs; i++) {
        const t = performance.now();
        const res = c.get
          ? await send(`${server.url}${c.get}`, { headers: { authorization: `Bearer ${tokens[c.role]}` } })
          : await send(`${server.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[c.role]}` },
              body: JSON.stringify({ query: c.query, variables: c.variables }),
            });
        if (c.get) {
          const body = Buffer.from(await res.arrayBuffer());
          if (!res.ok || body.subarray(0, 5).toString() !== '%PDF-') {
            throw new Error(`${c.name}: HTTP ${res.status}`);
          }
        } else {
          const json = (await res.json()) as { data?: unknown; errors?: unknown };
          if (!json.data || json.errors) {
            throw new Error(`${c.name}: ${JSON.stringify(json.errors)}`);
          }
          answer = json.data;
        }
        const ms = performance.now() - t;
        if (i >= 0) {
          http.push(ms);
          serverMs.push(Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN));
        }
      }
      // The SQL after the HTTP runs: a slow reference between two requests would outlast the
      // server's keep-alive and close the client's socket.
      for (let i = -1; c.sql && i < runs; i++) {
        const s = performance.now();
        for (const [k, text] of c.sql.entries()) {
          const { rows } = await sql.query(text, [people[c.role].id, ...(c.params ?? [])]);
          const wrong = k === 0 && i < 0 && c.check ? c.check(answer, rows as never[]) : null;
          if (wrong) {
            throw new Error(`${c.name} (${c.role}): the server's answer differs from SQL: ${wrong}`);
          }
        }
        if (i >= 0) {
          sqlMs.push(performance.now() - s);
        }
      }
      const stats = (xs: number[]) => {
        const s = [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
        return s.length ? { medianMs: round(quantile(s, 0.5)), p95Ms: round(quantile(s, 0.95)) } : null;
      };
      results.push({
        case: c.name,
        role: c.role,
        server: stats(serverMs),
        http: stats(http),
        handWrittenSql: stats(sqlMs),
      });
      console.log(JSON.stringify(results.at(-1)));
    }
    const out = {
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg()[0].toFixed(1)}`,
      conditions: await conditions(sql),
      timing:
        'server: Server-Timing header; http: round trip on loopback; handWrittenSql: the same answer in SQL from a pg client',
      runs,
      data: size,
      results,
    };
    const outDir = path.resolve(__dirname, '../../../../bench-results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'sales.json'), JSON.stringify(out, null, 2));
    console.log(JSON.stringify(size));
    console.table(
      results.map((r) => ({
        case: r.case,
        role: r.role,
        'server med': (r.server as { medianMs: number } | null)?.medianMs,
        'server p95': (r.server as { p95Ms: number } | null)?.p95Ms,
        'http med': (r.http as { medianMs: number }).medianMs,
        'SQL med': (r.handWrittenSql as { medianMs: number } | null)?.medianMs,
      })),
    );
  } finally {
    await stop(server);
    await sql.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * A read request, sent again once when the server closed the kept-alive socket just as it was
 * reused (its keep-alive timeout ran out while the SQL reference ran): every request here only reads.
 */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') {
      throw err;
    }
    return fetch(url, init);
  }
}

async function login(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: email, p: BULK_PASSWORD },
    }),
  });
  const json = (await res.json()) as { data: { login: { token: string } } };
  return json.data.login.token;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
