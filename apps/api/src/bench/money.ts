import { benchOptions, cliArgs } from '../config/cli-args';
import { vietnamDay } from '@sen/shared';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { loadExcelJS } from '../modules/exports/exceljs-lazy';
import * as bench from './harness';
import { type Started } from './server';
import { webQuery } from './web-documents';

/**
 * `pnpm bench:money` (issue 17): the debts list (overdue only) for one STAFF user and for an ADMIN,
 * one customer's debt with its aging, the invoices list filtered by status and date, a customer's
 * "Chứng từ bán hàng" tab, and the debts export of every customer (.xlsx, streamed), on a database
 * filled by `pnpm seed:bulk -- --customers 1000000 --contacts 1500000 --owners 20`, `pnpm seed:sales`
 * and `pnpm seed:money` (300,000 contracts, 500,000 orders, 1,000,000 invoices, 1,200,000 receipts).
 *
 * The server is started as deployed and warmed (`warmServer`: the cases sent untimed for up to 200
 * rounds or 15 s, as a server that has been running meets them); each screen sends the web app's
 * own document (`webQuery`) with the variables its screen sends. Its server time
 * (`Server-Timing`) and round trip are set beside hand-written SQL of the same answer under the same access rule, median and p95, and the
 * answer (rows, order, sums, totalCount) is compared with the SQL's: a difference fails the run.
 */
type Role = 'STAFF' | 'ADMIN';

/** `check` throws when the server's answer differs from the SQL's. */
type Case = bench.SqlCase<Role, void>;

/**
 * The caller's scope for documents (SALES-DESIGN.md "Access"): ADMIN everything; STAFF their own
 * documents and those of customers they own or that are shared with them.
 */
const SCOPE: Record<Role, (t: string) => string> = {
  ADMIN: () => `$1::uuid IS NOT NULL`,
  STAFF: (t) => `(${t}.owner_id = $1 OR ${t}.customer_id IN (
    SELECT c.id FROM customer c WHERE c.owner_id = $1 UNION SELECT s.customer_id FROM customer_share s WHERE s.user_id = $1))`,
};

const OWED = `(i.total - i.received)`;
const PAST_DUE = `($2::date - coalesce(i.due_date, i.date))`;
/** Issued invoices count for debt (Đã phát hành, Thanh toán một phần, Đã thanh toán). */
const COUNTED = `i.deleted_at IS NULL AND i.status IN ('ISSUED', 'PARTIAL', 'PAID')`;
/** Still owing: only these carry outstanding, overdue and the buckets. */
const OPEN = `i.deleted_at IS NULL AND i.status IN ('ISSUED', 'PARTIAL')`;
const SUMS = `sum(${OWED}) AS outstanding,
  coalesce(sum(${OWED}) FILTER (WHERE ${PAST_DUE} > 0), 0) AS overdue,
  coalesce(sum(${OWED}) FILTER (WHERE ${PAST_DUE} BETWEEN 1 AND 30), 0) AS b0,
  coalesce(sum(${OWED}) FILTER (WHERE ${PAST_DUE} BETWEEN 31 AND 60), 0) AS b1,
  coalesce(sum(${OWED}) FILTER (WHERE ${PAST_DUE} BETWEEN 61 AND 90), 0) AS b2,
  coalesce(sum(${OWED}) FILTER (WHERE ${PAST_DUE} > 90), 0) AS b3`;

/**
 * The overdue debts list in one statement: the customers with an open invoice past due and what
 * they owe, aggregated once from the open invoices (paid ones owe nothing); the 21 most owed then
 * add what they were invoiced and paid over all their issued invoices; the count of the whole set
 * rides along on each row.
 */
function debtsSql(scope: (t: string) => string): string[] {
  return [
    `WITH o AS MATERIALIZED (
       SELECT i.customer_id, sum(${OWED}) AS outstanding FROM invoice i
        WHERE ${OPEN} AND ${scope('i')} GROUP BY i.customer_id
       HAVING sum(${OWED}) > 0 AND bool_or(${PAST_DUE} > 0 AND ${OWED} > 0)),
     page AS (SELECT * FROM o ORDER BY outstanding DESC, customer_id DESC LIMIT 21)
     SELECT i.customer_id::text, c.code, c.name, sum(i.total)::text AS invoiced, sum(i.received)::text AS received,
            ${SUMS.replace(/ AS (\w+)/g, '::text AS $1')}, (SELECT count(*) FROM o)::int AS total
       FROM page p JOIN invoice i ON i.customer_id = p.customer_id AND ${COUNTED} AND ${scope('i')}
       JOIN customer c ON c.id = p.customer_id
      GROUP BY i.customer_id, c.code, c.name ORDER BY sum(${OWED}) DESC, i.customer_id DESC`,
  ];
}

function customerDebtSql(scope: (t: string) => string): string[] {
  return [
    `SELECT sum(i.total)::text AS invoiced, sum(i.received)::text AS received,
            ${SUMS.replace(/ AS (\w+)/g, '::text AS $1')}
       FROM invoice i WHERE i.customer_id = $3 AND ${COUNTED} AND ${scope('i')}`,
  ];
}

function invoicesSql(scope: (t: string) => string): string[] {
  const where = `i.deleted_at IS NULL AND i.status = ANY($2::text[]) AND i.date BETWEEN $3 AND $4 AND ${scope('i')}`;
  return [
    `SELECT i.id, i.number, i.date, i.due_date, i.status, i.total, i.received, c.name, u.name, k.number
       FROM invoice i JOIN customer c ON c.id = i.customer_id JOIN app_user u ON u.id = i.owner_id
       LEFT JOIN contract k ON k.id = i.contract_id
      WHERE ${where} ORDER BY i.date DESC, i.id DESC LIMIT 21`,
    `SELECT count(*)::int AS n FROM invoice i WHERE ${where}`,
  ];
}

/** Every kind of document of one customer the caller sees, newest first (created, id), and the count. */
function salesTabSql(scope: (t: string) => string): string[] {
  const kinds = ['opportunity', 'quote', 'contract', 'sales_order', 'invoice', 'receipt'];
  const rows = kinds
    .map(
      (t) => `(SELECT d.id, d.created_at FROM ${t} d WHERE d.customer_id = $2 AND d.deleted_at IS NULL
                 AND ${scope('d')} ORDER BY date_trunc('milliseconds', d.created_at) DESC, d.id DESC LIMIT 101)`,
    )
    .join(' UNION ALL ');
  return [
    `SELECT id FROM (${rows}) x ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT 101`,
    `SELECT (${kinds
      .map(
        (t) =>
          `(SELECT count(*) FROM ${t} d WHERE d.customer_id = $2 AND d.deleted_at IS NULL AND ${scope('d')})`,
      )
      .join(' + ')})::int AS n`,
  ];
}

function fail(name: string, what: string, server: unknown, sql: unknown): never {
  throw new Error(`${name}: ${what} differs — server ${JSON.stringify(server)}, SQL ${JSON.stringify(sql)}`);
}

interface DebtNode {
  customer?: { id: string };
  invoiced: string;
  received: string;
  outstanding: string;
  overdue: string;
  buckets: { label: string; amount: string }[];
}

const debtValues = (d: DebtNode) => [
  d.invoiced,
  d.received,
  d.outstanding,
  d.overdue,
  ...d.buckets.map((b) => b.amount),
];
const sqlDebtValues = (r: Record<string, unknown>) =>
  ['invoiced', 'received', 'outstanding', 'overdue', 'b0', 'b1', 'b2', 'b3'].map((k) => String(r[k]));

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      ...benchOptions('sen_bench', 4348),
      'export-runs': { type: 'string', default: '2' },
      /** Only the cases whose name contains this text (e.g. `--only invoices`). */
      only: { type: 'string', default: '' },
    },
  });
  const runs = Number(values.runs);
  const sql = await bench.connect(values.db!);
  const size = await bench.countRows(sql, {
    customers: 'customer',
    contracts: 'contract',
    instalments: 'contract_instalment',
    orders: 'sales_order',
    invoices: 'invoice',
    invoiceLines: 'invoice_line',
    receipts: 'receipt',
    allocations: 'receipt_allocation',
  });
  if (!size.invoices || !size.receipts) {
    throw new Error('no invoices or receipts: run `pnpm seed:money` first');
  }
  console.log(JSON.stringify(size));
  const server = await bench.startOn(values.db!, values.port!, 'money');
  const results: Record<string, unknown>[] = [];
  try {
    // The STAFF owner with the most invoices among the bulk owners, and the bulk ADMIN.
    const people: Record<Role, { id: string; email: string }> = {
      STAFF: await bench.bulkUser(
        sql,
        'STAFF',
        'EXISTS (SELECT 1 FROM invoice i WHERE i.owner_id = u.id)',
        'u.email',
      ),
      ADMIN: await bench.bulkUser(sql, 'ADMIN'),
    };
    const tokens = await bench.signIn(server.url, people);
    const asOf = vietnamDay(new Date());
    // A customer of the STAFF user who owes on several invoices, and one with many documents.
    const { rows: owing } = await sql.query(
      `SELECT i.customer_id AS id FROM invoice i JOIN customer c ON c.id = i.customer_id AND c.owner_id = $1
        WHERE i.deleted_at IS NULL AND i.status IN ('ISSUED', 'PARTIAL') GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [people.STAFF.id],
    );
    const { rows: busy } = await sql.query(
      `SELECT r.customer_id AS id FROM receipt r JOIN customer c ON c.id = r.customer_id AND c.owner_id = $1
        WHERE r.deleted_at IS NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [people.STAFF.id],
    );
    const debtor = (owing[0] as { id: string }).id;
    const documentsOf = (busy[0] as { id: string }).id;
    const quarter = { dateFrom: shiftMonths(asOf, -6), dateTo: shiftMonths(asOf, -3) };
    const statuses = ['ISSUED'];

    const debtsCase = (role: Role): Case => ({
      name: 'debts: overdue only, first page with its total',
      role,
      query: webQuery('MoneyDebts'),
      variables: { filter: { overdueOnly: true }, first: 20 },
      sql: debtsSql(SCOPE[role]),
      params: [asOf],
      check: (data, [page]) => {
        const debts = data.debts as { totalCount: number; nodes: DebtNode[] };
        if (debts.totalCount !== page[0]?.total) {
          fail('debts', 'totalCount', debts.totalCount, page[0]?.total);
        }
        const got = debts.nodes.map((d) => [d.customer!.id, ...debtValues(d)]);
        const want = page.slice(0, 20).map((r) => [r.customer_id, ...sqlDebtValues(r)]);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          fail('debts', 'first page', got, want);
        }
      },
    });
    const invoicesCase = (role: Role): Case => ({
      name: 'invoices: Đã phát hành, one quarter, first page with its total',
      role,
      query: webQuery('MoneyInvoices'),
      variables: { filter: { statuses, ...quarter }, first: 20 },
      sql: invoicesSql(SCOPE[role]),
      params: [statuses, quarter.dateFrom, quarter.dateTo],
      check: (data, [page, [count]]) => {
        const list = data.invoices as { totalCount: number; nodes: { id: string }[] };
        if (list.totalCount !== count.n) {
          fail('invoices', 'totalCount', list.totalCount, count.n);
        }
        const got = list.nodes.map((n) => n.id);
        const want = page.slice(0, 20).map((r) => r.id);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          fail('invoices', 'first page', got, want);
        }
      },
    });
    const cases: Case[] = [
      {
        // The floor every screen stands on (token, session, GraphQL): the smallest query the web sends.
        name: 'floor: the signed-in user (Me)',
        role: 'STAFF',
        query: webQuery('Me'),
        variables: {},
        sql: [`SELECT id::text FROM app_user WHERE id = $1`],
        check: (data, [[row]]) => {
          const me = data.me as { id: string };
          if (me.id !== row.id) {
            fail('me', 'id', me.id, row.id);
          }
        },
      },
      debtsCase('STAFF'),
      debtsCase('ADMIN'),
      {
        name: "one customer's debt with aging",
        role: 'STAFF',
        query: webQuery('MoneyCustomerDebt'),
        variables: { customerId: debtor },
        sql: customerDebtSql(SCOPE.STAFF),
        params: [asOf, debtor],
        check: (data, [[row]]) => {
          const got = debtValues(data.customerDebt as DebtNode);
          const want = sqlDebtValues(row);
          if (JSON.stringify(got) !== JSON.stringify(want)) {
            fail('customerDebt', 'sums', got, want);
          }
        },
      },
      invoicesCase('STAFF'),
      invoicesCase('ADMIN'),
      {
        name: 'customer tab "Chứng từ bán hàng" (100 newest of every kind, with the count)',
        role: 'STAFF',
        query: webQuery('CustomerSalesDocuments'),
        variables: { customerId: documentsOf, first: 100 },
        sql: salesTabSql(SCOPE.STAFF),
        params: [documentsOf],
        check: (data, [page, [count]]) => {
          const tab = data.customerSalesDocuments as { totalCount: number; nodes: { id: string }[] };
          if (tab.totalCount !== count.n) {
            fail('customerSalesDocuments', 'totalCount', tab.totalCount, count.n);
          }
          const got = tab.nodes.map((n) => n.id);
          const want = page.slice(0, 100).map((r) => r.id);
          if (JSON.stringify(got) !== JSON.stringify(want)) {
            fail('customerSalesDocuments', 'documents', got, want);
          }
        },
      },
    ];
    const chosen = cases.filter((k) => k.name.includes(values.only!));
    const warmed = await bench.warmServer(
      server.url,
      chosen.map((c) => ({ token: tokens[c.role], query: c.query, variables: c.variables })),
    );
    console.log(`server warmed: ${warmed.rounds} rounds of the cases in ${warmed.ms} ms`);
    for (const c of chosen) {
      const params = [people[c.role].id, ...(c.params ?? [])];
      const timed = await bench.timeAgainstSql(
        server.url,
        sql,
        tokens[c.role],
        c,
        { statements: c.sql, params },
        runs,
      );
      c.check(timed.answer, timed.rows);
      results.push({ case: c.name, role: c.role, ...timed.times });
      console.log(JSON.stringify(results.at(-1)));
    }

    // The debts export of every customer still owing (ADMIN), streamed: rows/s and peak RSS.
    const [{ n: owingCustomers }] = (
      await sql.query(
        `SELECT count(DISTINCT i.customer_id)::int AS n FROM invoice i WHERE ${OPEN} AND ${OWED} > 0`,
      )
    ).rows as { n: number }[];
    for (let i = 0; i < Number(values['export-runs']); i++) {
      const run = await exportRun(server, tokens.ADMIN, server.dir, owingCustomers);
      results.push({ case: 'debts export, every customer still owing (.xlsx)', role: 'ADMIN', ...run });
      console.log(JSON.stringify(results.at(-1)));
    }

    const out = await bench.writeResults('money', sql, {
      timing: bench.SQL_TIMING,
      runs,
      asOf,
      data: size,
      results,
    });
    console.log(JSON.stringify({ ...size, load: out.conditions.load1 }));
    console.table(
      results.map((r) =>
        'rowsPerSecond' in r
          ? {
              case: r.case,
              role: r.role,
              'server med': `${r.rows as number} rows in ${r.seconds as number} s`,
              'server p95': `${r.rowsPerSecond as number} rows/s`,
              'http med': `peak RSS ${r.rssPeakMb as number} MB`,
            }
          : bench.timingColumns(r),
      ),
    );
  } finally {
    await server.close();
    await sql.end();
  }
}

/** A day `months` months from `day` (the 1st of that month). */
function shiftMonths(day: string, months: number): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * `GET /files/export/debts.xlsx` as the web's "Xuất file công nợ" asks it (no filter: every
 * customer still owing), to a file; the server's resident memory sampled every 25 ms; the file
 * then read back (streamed) to count its rows against SQL.
 */
async function exportRun(server: Started, token: string, dir: string, expected: number) {
  const rss = bench.sampleRss(server.child.pid!);
  const file = path.join(dir, 'debts.xlsx');
  const t0 = performance.now();
  const res = await fetch(`${server.url}/files/export/debts.xlsx?lang=vi&overdueOnly=false`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok || !res.body) {
    rss.stop();
    throw new Error(`debts export: HTTP ${res.status}`);
  }
  await pipeline(Readable.fromWeb(res.body as never), createWriteStream(file));
  const ms = performance.now() - t0;
  const memory = rss.stop();
  let rows = 0;
  const reader = new (await loadExcelJS()).stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const _row of sheet) {
      rows++;
    }
    break;
  }
  rows -= 1; // the header
  if (rows !== expected) {
    throw new Error(`debts export: ${rows} rows, SQL counts ${expected} customers still owing`);
  }
  return {
    rows,
    seconds: Math.round(ms / 100) / 10,
    rowsPerSecond: Math.round(rows / (ms / 1000)),
    ...memory,
  };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
