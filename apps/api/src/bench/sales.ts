import { benchOptions, cliArgs } from '../config/cli-args';
import { parseArgs } from 'node:util';
import * as bench from './harness';
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
  /** The server's answer against the rows of each SQL statement: a message when they differ. */
  check?: (data: unknown, rows: never[][]) => string | null;
}

/** The caller's shares, gathered once (an array an index reads beside the other ways in). */
const SHARES = `(SELECT s.customer_id FROM customer_share s WHERE s.user_id = $1)`;
/** The shares hashed for a scan, and as an array for an index (as the server writes them). */
const SHARED = (t: string) => `(${t}.customer_id IN ${SHARES} AND ${t}.customer_id = ANY(ARRAY${SHARES}))`;
/** MANAGER: the documents of their department's people, and of customers those people own. */
const DEPT_USERS = `ARRAY(SELECT u.id FROM app_user u WHERE u.department_id = (SELECT department_id FROM app_user WHERE id = $1))`;

/**
 * STAFF: their own documents and those of customers they own (the document's copy of its
 * customer's owner, `customer_owner_id`) or that are shared with them.
 */
const STAFF_SCOPE = (t: string) => `(${t}.owner_id = $1 OR ${t}.customer_owner_id = $1 OR ${SHARED(t)})`;
const MANAGER_SCOPE = (t: string) => `(${t}.owner_id = ANY(${DEPT_USERS})
  OR ${t}.customer_owner_id = ANY(${DEPT_USERS}) OR ${SHARED(t)})`;

const ROLES = ['STAFF', 'MANAGER'] as const;
const SCOPE = { STAFF: STAFF_SCOPE, MANAGER: MANAGER_SCOPE };

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

/** The quotes page and its total as the server answered them, against the SQL's page and count. */
function checkQuotes(data: unknown, rows: ({ id: string } & { n: number })[][]): string | null {
  const [page, [count]] = [rows[0], rows[1]];
  const answered = (data as { quotes: { totalCount: number; nodes: { id: string }[] } }).quotes;
  const ids = answered.nodes.map((n) => n.id).join();
  const expected = page
    .slice(0, 20)
    .map((r) => r.id)
    .join();
  if (answered.totalCount !== count.n) {
    return `total: server ${answered.totalCount}, SQL ${count.n}`;
  }
  if (ids !== expected || answered.nodes.length === 0) {
    return `page: server ${answered.nodes.length} quotes, SQL ${Math.min(page.length, 20)} (or none at all)`;
  }
  return null;
}

/** The board's counts and sums as the server answered them, against the hand-written SQL's. */
function checkBoard(data: unknown, [rows]: { stage: string; n: number; value: string }[][]): string | null {
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
  const sql = await bench.connect(values.db!);
  // The server's own session settings (db/database.ts), so that both sides plan alike.
  await sql.query('SET jit = off');
  const size = await bench.countRows(sql, {
    customers: 'customer',
    opportunities: 'opportunity',
    quotes: 'quote',
    quoteLines: 'quote_line',
    products: 'product',
  });
  if (!size.quotes) {
    throw new Error('no quotes: run `node apps/api/dist/db/seed/bulk-sales.js` first');
  }
  const server = await bench.startOn(values.db!, values.port!, 'sales');
  const results: Record<string, unknown>[] = [];
  try {
    const selling = 'EXISTS (SELECT 1 FROM opportunity o WHERE o.owner_id = u.id)';
    const people = {
      STAFF: await bench.bulkUser(sql, 'STAFF', selling),
      MANAGER: await bench.bulkUser(sql, 'MANAGER', selling),
    };
    const tokens = await bench.signIn(server.url, people);
    const { rows: q } = await sql.query(
      `SELECT q.id FROM quote q WHERE q.owner_id = $1 AND q.deleted_at IS NULL ORDER BY q.date DESC LIMIT 1`,
      [people.STAFF.id],
    );
    const quoteId = (q[0] as { id: string }).id;
    // 'Đã gửi' is sent and still valid (an expired quote reads 'Hết hạn'): the last 30 days'.
    const { rows: today } = await sql.query(
      `SELECT (current_date - 30)::text AS "dateFrom", current_date::text AS "dateTo"`,
    );
    const month = today[0] as { dateFrom: string; dateTo: string };
    const quotesFilter = { statuses: ['SENT'], ...month };
    const sent = `q.deleted_at IS NULL AND q.status = 'SENT' AND (q.valid_until IS NULL OR q.valid_until >= current_date)
      AND q.date BETWEEN $2 AND $3`;
    const quotesSql = (scope: (t: string) => string) => [
      `SELECT q.id, q.number, q.date, q.valid_until, q.status, q.total, c.code, c.name, u.name
         FROM quote q JOIN customer c ON c.id = q.customer_id JOIN app_user u ON u.id = q.owner_id
        WHERE ${sent} AND ${scope('q')}
        ORDER BY q.date DESC, q.id DESC LIMIT 21`,
      `SELECT count(*)::int AS n FROM quote q WHERE ${sent} AND ${scope('q')}`,
    ];
    const cases: Case[] = [
      ...ROLES.map((role): Case => ({
        name: 'opportunity board (counts and sums per stage, 50 cards a column)',
        role,
        query: webQuery('OpportunityBoard'),
        variables: { first: 50 },
        sql: boardSql(SCOPE[role]),
        check: checkBoard,
      })),
      ...ROLES.map((role): Case => ({
        name: 'quotes: Đã gửi, last 30 days, first page with its total',
        role,
        query: webQuery('Quotes'),
        variables: { filter: quotesFilter, first: 20 },
        sql: quotesSql(SCOPE[role]),
        params: [month.dateFrom, month.dateTo],
        check: checkQuotes,
      })),
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
      const timed = c.get
        ? await timePdf(`${server.url}${c.get}`, tokens[c.role], c.name, runs)
        : await bench.timeGraphql(
            server.url,
            tokens[c.role],
            { name: c.name, query: c.query!, variables: c.variables! },
            runs,
          );
      const reference = c.sql
        ? await bench.timeSql(sql, c.sql, [people[c.role].id, ...(c.params ?? [])], runs)
        : null;
      const wrong = reference && c.check ? c.check(timed.answer, reference.rows as never[][]) : null;
      if (wrong) {
        throw new Error(`${c.name} (${c.role}): the server's answer differs from SQL: ${wrong}`);
      }
      results.push({
        case: c.name,
        role: c.role,
        ...bench.versusSql(timed.server, timed.http, reference?.ms ?? []),
      });
      console.log(JSON.stringify(results.at(-1)));
    }
    await bench.writeResults('sales', sql, { timing: bench.SQL_TIMING, runs, data: size, results });
    console.log(JSON.stringify(size));
    console.table(results.map(bench.timingColumns));
  } finally {
    await server.close();
    await sql.end();
  }
}

/** A PDF fetched `runs` times after three untimed: server and round-trip times. */
async function timePdf(url: string, token: string, name: string, runs: number): Promise<bench.Timed> {
  const timed: bench.Timed = { answer: {}, server: [], http: [] };
  for (let i = -3; i < runs; i++) {
    const t = performance.now();
    const res = await bench.send(url, { headers: { authorization: `Bearer ${token}` } });
    const body = Buffer.from(await res.arrayBuffer());
    if (!res.ok || body.subarray(0, 5).toString() !== '%PDF-') {
      throw new Error(`${name}: HTTP ${res.status}`);
    }
    if (i >= 0) {
      timed.http.push(performance.now() - t);
      timed.server.push(bench.serverTime(res));
    }
  }
  return timed;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
