import { benchOptions, cliArgs } from '../config/cli-args';
import { createReadStream, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import * as bench from './harness';
import { type Started } from './server';
import { webQuery } from './web-documents';

/**
 * `pnpm bench:reports` (issue 19): on the bench base (`pnpm seed:bulk`, `pnpm seed:sales`, the sales
 * money data of `pnpm seed:money` when present, and `pnpm seed:activities`, 5,000,000 activities):
 *
 * - the dashboard for the last twelve months, for the ADMIN and for one STAFF user, as the web sends
 *   it (one `Dashboard` document: every tile together);
 * - the KPI report of last month by user and by department (ADMIN);
 *
 * each beside the same figures in hand-written SQL with the same access rule (median and p95, the
 * ratio of the medians), and each answer checked against that SQL; then
 *
 * - an export of ~1,000,000 activities (those due from a day on) through the background export
 *   (X-08): rows per second, the server's peak RSS, and its progress (`processedRows`) seen growing.
 *
 * Targets: dashboard < 200 ms median, KPI < 100 ms, export ≥ 20,000 rows/s under 300 MB.
 */

type Role = 'ADMIN' | 'STAFF';
type Row = Record<string, unknown>;

/** What a STAFF user sees (USR-02): their customers and those shared with them. */
const CUSTOMERS_OF = `(SELECT c.id FROM customer c WHERE c.owner_id = $1
  UNION SELECT s.customer_id FROM customer_share s WHERE s.user_id = $1)`;

/** Each table's rule for one role, over alias `t` ($1 the caller). */
const SCOPE: Record<Role, Record<'customer' | 'document' | 'activity', (t: string) => string>> = {
  ADMIN: {
    customer: () => '$1::uuid IS NOT NULL',
    document: () => '$1::uuid IS NOT NULL',
    activity: () => '$1::uuid IS NOT NULL',
  },
  STAFF: {
    customer: (t) =>
      `(${t}.owner_id = $1 OR ${t}.id IN (SELECT s.customer_id FROM customer_share s WHERE s.user_id = $1))`,
    document: (t) => `(${t}.owner_id = $1 OR ${t}.customer_id IN ${CUSTOMERS_OF})`,
    activity: (t) => `(${t}.created_by = $1 OR ${t}.assignee_id = $1
      OR EXISTS (SELECT 1 FROM activity_participant p WHERE p.activity_id = ${t}.id AND p.user_id = $1)
      OR EXISTS (SELECT 1 FROM activity_customer ac JOIN customer c ON c.id = ac.customer_id AND c.deleted_at IS NULL
                  WHERE ac.activity_id = ${t}.id AND (c.owner_id = $1
                     OR EXISTS (SELECT 1 FROM customer_share s WHERE s.customer_id = c.id AND s.user_id = $1))))`,
  },
};

const VN = (day: string) => `(${day}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`;
const REVENUE = `('ISSUED', 'PARTIAL', 'PAID')`;

/** The dashboard's figures in SQL ($1 caller, $2 from, $3 to, $4 today in Vietnam), tile by tile. */
function dashboardSql(role: Role): Record<string, string> {
  const s = SCOPE[role];
  const owed = '(i.total - i.received)';
  const past = '($4::date - coalesce(i.due_date, i.date))';
  return {
    levels: `SELECT c.level, count(*)::int AS n FROM customer c WHERE c.deleted_at IS NULL AND ${s.customer('c')}
              AND $2::date IS NOT NULL AND $3::date IS NOT NULL AND $4::date IS NOT NULL GROUP BY 1 ORDER BY 1`,
    newCustomers: `SELECT count(*)::int AS n FROM customer c WHERE c.deleted_at IS NULL AND ${s.customer('c')}
              AND c.created_at >= ${VN('$2')} AND c.created_at < ${VN('$3')} + interval '1 day' AND $4::date IS NOT NULL`,
    pipeline: `SELECT o.stage, count(*)::int AS n, coalesce(sum(o.expected_value), 0)::text AS value
                 FROM opportunity o WHERE o.deleted_at IS NULL AND ${s.document('o')}
                  AND $2::date IS NOT NULL AND $3::date IS NOT NULL AND $4::date IS NOT NULL GROUP BY 1 ORDER BY 1`,
    invoiced: `SELECT to_char(i.date, 'YYYY-MM') AS month, sum(i.total)::text AS amount FROM invoice i
                WHERE i.deleted_at IS NULL AND i.status IN ${REVENUE} AND i.date BETWEEN $2::date AND $3::date
                  AND ${s.document('i')} AND $4::date IS NOT NULL GROUP BY 1 ORDER BY 1`,
    received: `SELECT to_char(r.date, 'YYYY-MM') AS month, sum(r.amount)::text AS amount FROM receipt r
                WHERE r.deleted_at IS NULL AND r.date BETWEEN $2::date AND $3::date
                  AND ${s.document('r')} AND $4::date IS NOT NULL GROUP BY 1 ORDER BY 1`,
    overdue: `SELECT coalesce(sum(${owed}) FILTER (WHERE ${past} > 0), 0)::text AS overdue,
                ${['BETWEEN 1 AND 30', 'BETWEEN 31 AND 60', 'BETWEEN 61 AND 90', '> 90']
                  .map(
                    (r, n) => `coalesce(sum(${owed}) FILTER (WHERE ${past} ${r}), 0)::text AS a${n},
                               count(*) FILTER (WHERE ${past} ${r} AND ${owed} > 0)::int AS c${n}`,
                  )
                  .join(', ')}
                FROM invoice i WHERE i.deleted_at IS NULL AND i.status IN ${REVENUE} AND ${s.document('i')}
                 AND $2::date IS NOT NULL AND $3::date IS NOT NULL`,
    activitiesDone: `SELECT a.assignee_id AS "userId", count(*)::int AS count FROM activity a
                      WHERE a.deleted_at IS NULL AND a.status = 'DONE'
                        AND a.due_at >= ${VN('$2')} AND a.due_at < ${VN('$3')} + interval '1 day'
                        AND ${s.activity('a')} AND $4::date IS NOT NULL
                      GROUP BY 1 ORDER BY 2 DESC, 1`,
    campaigns: `SELECT count(*)::int AS n FROM campaign k
                 WHERE k.deleted_at IS NULL AND k.start_date BETWEEN $2::date AND $3::date
                  AND $1::uuid IS NOT NULL AND $4::date IS NOT NULL`,
  };
}

interface DashboardAnswer {
  levelCounts: { level: string; count: number }[];
  newCustomers: number;
  pipeline: { stage: string; count: number; value: string }[];
  revenueByMonth: { month: string; invoiced: string; received: string }[];
  overdueDebt: string;
  debtAging: { amount: string; count: number }[];
  activitiesDone: { userId: string; count: number }[];
  campaignStatusCounts: { count: number }[];
}

/** Fails loudly unless the server's dashboard is the SQL's. */
function checkDashboard(who: string, d: DashboardAnswer, sql: Record<string, Row[]>): void {
  const same = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      throw new Error(
        `${who}: ${what} differs from SQL\n  server ${JSON.stringify(got)}\n  SQL    ${JSON.stringify(want)}`,
      );
    }
  };
  same(
    'levels',
    d.levelCounts
      .filter((l) => l.count > 0)
      .map((l) => [l.level, l.count])
      .sort(),
    sql.levels.map((r) => [r.level, r.n]).sort(),
  );
  same('new customers', d.newCustomers, sql.newCustomers[0].n);
  same(
    'pipeline',
    d.pipeline
      .filter((p) => p.count > 0)
      .map((p) => [p.stage, p.count, p.value])
      .sort(),
    sql.pipeline.map((r) => [r.stage, r.n, r.value]).sort(),
  );
  const months = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.month, r.amount]));
  const invoiced = months(sql.invoiced);
  const received = months(sql.received);
  same(
    'revenue by month',
    d.revenueByMonth.map((m) => [m.month, m.invoiced, m.received]),
    d.revenueByMonth.map((m) => [m.month, invoiced[m.month] ?? '0', received[m.month] ?? '0']),
  );
  const o = sql.overdue[0];
  same(
    'overdue debt',
    [d.overdueDebt, ...d.debtAging.map((a) => [a.amount, a.count])],
    [o.overdue, ...[0, 1, 2, 3].map((n) => [o[`a${n}`], o[`c${n}`]])],
  );
  same(
    'activities done',
    d.activitiesDone.map((a) => [a.userId, a.count]),
    sql.activitiesDone.map((a) => [a.userId, a.count]),
  );
  same(
    'campaigns',
    d.campaignStatusCounts.reduce((s, c) => s + c.count, 0),
    sql.campaigns[0].n,
  );
}

/** The KPI actuals of last month per user in SQL ($1 month's first day, $2 its last). */
const KPI_SQL = {
  NEW_CUSTOMERS: `SELECT c.owner_id AS id, count(*)::text AS n FROM customer c WHERE c.deleted_at IS NULL
        AND c.created_at >= ${VN('$1')} AND c.created_at < ${VN('$2')} + interval '1 day' GROUP BY 1`,
  ACTIVITIES_DONE: `SELECT a.assignee_id AS id, count(*)::text AS n FROM activity a WHERE a.deleted_at IS NULL
        AND a.status = 'DONE' AND a.due_at >= ${VN('$1')} AND a.due_at < ${VN('$2')} + interval '1 day' GROUP BY 1`,
  CONTRACTS_SIGNED: `SELECT k.owner_id AS id, count(*)::text AS n FROM contract k WHERE k.deleted_at IS NULL
        AND k.status NOT IN ('DRAFT', 'CANCELLED') AND k.signed_on BETWEEN $1::date AND $2::date GROUP BY 1`,
  REVENUE: `SELECT i.owner_id AS id, sum(i.total)::text AS n FROM invoice i WHERE i.deleted_at IS NULL
        AND i.status IN ${REVENUE} AND i.date BETWEEN $1::date AND $2::date GROUP BY 1`,
};
const KPI_SUBJECTS = {
  USER: `SELECT id, id AS subject FROM app_user WHERE active AND $1::date IS NOT NULL AND $2::date IS NOT NULL`,
  DEPARTMENT: `SELECT u.id, u.department_id AS subject FROM app_user u
                WHERE u.department_id IS NOT NULL AND $1::date IS NOT NULL AND $2::date IS NOT NULL`,
};

function checkKpi(
  by: keyof typeof KPI_SUBJECTS,
  rows: { subjectId: string; metric: string; actual: string }[],
  sql: Record<string, Row[]>,
): void {
  const subjectOf = new Map(sql.subjects.map((r) => [r.id as string, r.subject as string]));
  const want = new Map<string, bigint>();
  for (const metric of Object.keys(KPI_SQL)) {
    for (const r of sql[metric]) {
      const subject = subjectOf.get(r.id as string);
      if (subject) {
        const key = `${subject}:${metric}`;
        want.set(key, (want.get(key) ?? 0n) + BigInt(r.n as string));
      }
    }
  }
  const subjects = new Set(subjectOf.values());
  if (rows.length !== subjects.size * 4) {
    throw new Error(`KPI by ${by}: ${rows.length} rows, SQL has ${subjects.size} subjects × 4 metrics`);
  }
  for (const r of rows) {
    const expected = (want.get(`${r.subjectId}:${r.metric}`) ?? 0n).toString();
    if (r.actual !== expected) {
      throw new Error(`KPI by ${by}: ${r.subjectId} ${r.metric} is ${r.actual}, SQL says ${expected}`);
    }
  }
  if (![...want.values()].some((v) => v > 0n)) {
    throw new Error(`KPI by ${by}: every actual is 0 — no data in the month?`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      ...benchOptions('sen_bench', 4350),
      runs: { type: 'string', default: '20' },
      'export-rows': { type: 'string', default: '1000000' },
      formats: { type: 'string', default: 'csv,xlsx' },
      /** Which parts to run: dashboard, kpi, export. */
      only: { type: 'string', default: 'dashboard,kpi,export' },
    },
  });
  const runs = Number(values.runs);
  const sql = await bench.connect(values.db!);
  const size = await bench.countRows(sql, {
    customers: 'customer',
    opportunities: 'opportunity',
    quotes: 'quote',
    contracts: 'contract',
    invoices: 'invoice',
    receipts: 'receipt',
    activities: 'activity',
    users: 'app_user',
  });
  console.log(JSON.stringify(size));
  if (!size.activities) {
    throw new Error('no activities: run `pnpm seed:activities` first');
  }
  if (!size.invoices) {
    console.warn(
      'no invoices (`pnpm seed:money` not run): the money tiles and KPI columns read empty tables',
    );
  }
  const server = await bench.startOn(values.db!, values.port!, 'reports');
  const results: Row[] = [];
  let exportResults: Row[] = [];
  try {
    const order = 'u.created_at DESC, u.email';
    const people = {
      ADMIN: await bench.bulkUser(sql, 'ADMIN', 'true', order),
      STAFF: await bench.bulkUser(
        sql,
        'STAFF',
        'EXISTS (SELECT 1 FROM customer c WHERE c.owner_id = u.id)',
        order,
      ),
    };
    const tokens = await bench.signIn(server.url, people);
    const { rows: dates } = await sql.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS today, to_char(d - 364, 'YYYY-MM-DD') AS "from",
              to_char(date_trunc('month', d) - interval '1 month', 'YYYY-MM') AS month,
              to_char(date_trunc('month', d) - interval '1 month', 'YYYY-MM-DD') AS first,
              to_char(date_trunc('month', d) - interval '1 day', 'YYYY-MM-DD') AS last
         FROM (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d) x`,
    );
    const { today, from, month, first, last } = dates[0] as Record<string, string>;

    const cases: {
      name: string;
      role: Role;
      query: string;
      variables: Row;
      sql: Record<string, string>;
      params: unknown[];
      check: (data: Row, sqlRows: Record<string, Row[]>) => void;
    }[] = [
      ...(['ADMIN', 'STAFF'] as const).map((role) => ({
        name: `dashboard, ${from} – ${today} (every tile)`,
        role,
        query: webQuery('Dashboard'),
        variables: { from, to: today },
        sql: dashboardSql(role),
        params: [people[role].id, from, today, today],
        check: (data: Row, rows: Record<string, Row[]>) =>
          checkDashboard(`dashboard ${role}`, data.dashboard as DashboardAnswer, rows),
      })),
      ...(['USER', 'DEPARTMENT'] as const).map((by) => ({
        name: `KPI report ${month} by ${by.toLowerCase()}`,
        role: 'ADMIN' as const,
        query: webQuery('KpiReport'),
        variables: { month, by },
        sql: {
          ...KPI_SQL,
          subjects: KPI_SUBJECTS[by],
          targets: `SELECT * FROM kpi_target WHERE month = to_char($1::date, 'YYYY-MM') AND $2::date IS NOT NULL`,
        },
        params: [first, last],
        check: (data: Row, rows: Record<string, Row[]>) =>
          checkKpi(by, data.kpiReport as { subjectId: string; metric: string; actual: string }[], rows),
      })),
    ];

    const parts = new Set(values.only!.split(','));
    for (const c of cases.filter((x) => parts.has(x.name.startsWith('KPI') ? 'kpi' : 'dashboard'))) {
      const reference = { statements: Object.values(c.sql), params: c.params };
      const timed = await bench.timeAgainstSql(server.url, sql, tokens[c.role], c, reference, runs);
      c.check(timed.answer, Object.fromEntries(Object.keys(c.sql).map((tile, k) => [tile, timed.rows[k]])));
      results.push({ case: c.name, role: c.role, ...timed.times, checked: true });
      console.log(JSON.stringify(results.at(-1)));
    }

    exportResults = !parts.has('export')
      ? []
      : await exportActivities(server, sql, tokens.ADMIN, server.dir, {
          rows: Number(values['export-rows']),
          formats: values.formats!.split(',') as ('csv' | 'xlsx')[],
        });
  } finally {
    await server.close();
    await sql.end().catch(() => undefined);
  }
  const check = new Client({ connectionString: values.db });
  await check.connect();
  const out = await bench.writeResults('reports', check, {
    timing: `${bench.SQL_TIMING}, one statement after another; ratio: server median / SQL median`,
    runs,
    data: size,
    results,
    export: exportResults,
  });
  await check.end();
  console.table(results.map(bench.timingColumns));
  console.table(exportResults);
  console.log(JSON.stringify({ data: size, conditions: out.conditions }));
}

/**
 * The activities due from a day on (about `rows` of them) exported by the ADMIN in the background,
 * as the web's Xuất khẩu does from 2,000 rows: POST, then the job polled as the progress bar does.
 */
async function exportActivities(
  server: Started,
  sql: Client,
  token: string,
  dir: string,
  options: { rows: number; formats: ('csv' | 'xlsx')[] },
): Promise<Row[]> {
  const { rows: cut } = await sql.query(
    `SELECT due_at FROM activity WHERE deleted_at IS NULL AND due_at IS NOT NULL
      ORDER BY due_at DESC OFFSET $1 LIMIT 1`,
    [Math.max(0, options.rows - 1)],
  );
  const dueFrom = cut.length ? (cut[0].due_at as Date).toISOString() : '1970-01-01T00:00:00.000Z';
  const { rows: counted } = await sql.query(
    `SELECT count(*)::int AS n FROM activity WHERE deleted_at IS NULL AND due_at >= $1`,
    [dueFrom],
  );
  const expected = counted[0].n as number;
  const out: Row[] = [];
  for (const format of options.formats) {
    const rss = bench.sampleRss(server.child.pid!, 200);
    const progress: number[] = [];
    const t0 = performance.now();
    const filter = encodeURIComponent(JSON.stringify({ dueFrom }));
    const res = await fetch(
      `${server.url}/files/export/activities.${format}?filter=${filter}&total=${expected}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      },
    );
    if (res.status !== 202) {
      rss.stop();
      throw new Error(`export ${format}: HTTP ${res.status} ${await res.text()}`);
    }
    const { jobId } = (await res.json()) as { jobId: string };
    let job: { status: string; processedRows: number; fileSize: number | null; error: string | null };
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      const data = await bench.gql(
        server.url,
        token,
        'query($id: ID!) { exportJob(id: $id) { status processedRows fileSize error } }',
        { id: jobId },
      );
      job = data.exportJob as typeof job;
      if (job.status !== 'RUNNING') {
        break;
      }
      progress.push(job.processedRows);
    }
    const seconds = (performance.now() - t0) / 1000;
    const memory = rss.stop();
    if (job.status !== 'DONE') {
      throw new Error(`export ${format}: ${job.status} ${job.error}`);
    }
    if (job.processedRows !== expected) {
      throw new Error(`export ${format}: ${job.processedRows} rows written, SQL counts ${expected}`);
    }
    const seen = [...new Set(progress)].filter((n) => n > 0);
    if (seen.length < 3 || seen.some((n, i) => i > 0 && n < seen[i - 1])) {
      throw new Error(`export ${format}: progress not seen growing (${JSON.stringify(seen)})`);
    }
    // The file itself: every row in the CSV (header + rows lines); the .xlsx is a zip of that size.
    const file = path.join(dir, `export.${format}`);
    const download = await fetch(`${server.url}/files/export-jobs/${jobId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    writeFileSync(file, Buffer.from(await download.arrayBuffer()));
    if (format === 'csv') {
      const lines = await countLines(file);
      if (lines !== expected + 1) {
        throw new Error(`export csv: the file has ${lines} lines, expected ${expected + 1}`);
      }
    } else if (readFileSync(file).subarray(0, 2).toString() !== 'PK') {
      throw new Error('export xlsx: not a zip');
    }
    rmSync(file, { force: true });
    out.push({
      format,
      rows: expected,
      seconds: bench.round(seconds),
      rowsPerSecond: Math.round(expected / seconds),
      peakRssMb: memory.rssPeakMb,
      startRssMb: memory.rssBeforeMb,
      fileMb: bench.round((job.fileSize ?? 0) / 2 ** 20),
      progressSeen: seen.length,
    });
    console.log(JSON.stringify(out.at(-1)));
  }
  return out;
}

function countLines(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    createReadStream(file)
      .on('data', (chunk: string | Buffer) => {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) {
          n++;
        }
      })
      .on('end', () => resolve(n))
      .on('error', reject);
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
