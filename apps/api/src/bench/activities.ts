import { benchOptions, cliArgs } from '../config/cli-args';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { BULK_EMAIL_DOMAIN, BULK_PASSWORD } from '../db/seed/bulk-customers';
import { quantile, start, stop } from './server';

/**
 * `pnpm bench:activities`: "my work", a customer's activity tab and `reminders` on a database
 * filled by `pnpm seed:bulk -- --customers 1000000 --contacts 1500000 --owners 20` and then
 * `node apps/api/dist/db/seed/bulk-activities.js --activities 5000000`. Each case is timed as the
 * server's own time (`Server-Timing`) and the HTTP round trip on loopback, median and p95.
 */
const ROW = `id name type status priority dueAt createdAt commentCount version
  assignee { id name } createdBy { id name } customers { id code name level }`;

interface Case {
  name: string;
  role: 'STAFF' | 'ADMIN';
  query: string;
  variables: Record<string, unknown>;
  count: (d: Record<string, unknown>) => number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      ...benchOptions('sen_bench', 4342),
    },
  });
  const runs = Number(values.runs);
  const sql = new Client({ connectionString: values.db });
  await sql.connect();
  const size = (
    await sql.query(
      `SELECT (SELECT count(*) FROM customer)::int AS customers, (SELECT count(*) FROM contact)::int AS contacts,
              (SELECT count(*) FROM activity)::int AS activities,
              (SELECT count(*) FROM activity_customer)::int AS "activityCustomerLinks",
              (SELECT count(*) FROM app_user)::int AS users,
              pg_size_pretty(pg_total_relation_size('activity')) AS "activityTableWithIndexes"`,
    )
  ).rows[0] as Record<string, unknown>;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-bench-activities-'));
  const server = await start(
    { DATABASE_URL: values.db!, SEN_DATA_DIR: dir, SEN_DEMO_DATA: 'false' },
    Number(values.port),
  );
  const results: Record<string, unknown>[] = [];
  try {
    const { rows: staffRows } = await sql.query(
      `SELECT u.id, u.email FROM app_user u WHERE u.role = 'STAFF' AND u.email LIKE $1
        AND EXISTS (SELECT 1 FROM activity a WHERE a.assignee_id = u.id) ORDER BY u.created_at DESC LIMIT 1`,
      [`%@${BULK_EMAIL_DOMAIN}`],
    );
    const { rows: adminRows } = await sql.query(
      `SELECT id, email FROM app_user WHERE role = 'ADMIN' AND email LIKE $1 ORDER BY created_at DESC LIMIT 1`,
      [`%@${BULK_EMAIL_DOMAIN}`],
    );
    const staff = staffRows[0] as { id: string; email: string };
    const tokens = {
      STAFF: await login(server.url, staff.email),
      ADMIN: await login(server.url, (adminRows[0] as { email: string }).email),
    };
    // A customer of that user with the most activities (the tab's worst case among theirs).
    const { rows: cust } = await sql.query(
      `SELECT ac.customer_id, count(*)::int AS n FROM activity_customer ac
         JOIN customer c ON c.id = ac.customer_id WHERE c.owner_id = $1
        GROUP BY ac.customer_id ORDER BY count(*) DESC LIMIT 1`,
      [staff.id],
    );
    const customerId = (cust[0] as { customer_id: string }).customer_id;
    const list = (d: Record<string, unknown>) => (d.activities as { nodes: unknown[] }).nodes.length;
    const LIST = `query($f: ActivityFilter) { activities(filter: $f, first: 20) { pageInfo { hasNextPage endCursor } nodes { ${ROW} } } }`;
    const cases: Case[] = [
      {
        name: 'my work, first page',
        role: 'STAFF',
        query: LIST,
        variables: { f: { scope: 'MINE' } },
        count: list,
      },
      {
        name: 'my work, planned, first page',
        role: 'STAFF',
        query: LIST,
        variables: { f: { scope: 'MINE', statuses: ['PLANNED'] } },
        count: list,
      },
      {
        name: 'assigned by me, first page',
        role: 'STAFF',
        query: LIST,
        variables: { f: { scope: 'ASSIGNED_BY_ME' } },
        count: list,
      },
      {
        name: "customer's activity tab (with history)",
        role: 'STAFF',
        query: `query($c: ID!) { activities(filter: { customerId: $c }, first: 20) { nodes { id name type status dueAt
          assignee { id name } history { id kinds description at user { id name } } } } }`,
        variables: { c: customerId },
        count: list,
      },
      {
        name: 'reminders (today)',
        role: 'STAFF',
        query: `query { reminders { kind date recordId title } }`,
        variables: {},
        count: (d) => (d.reminders as unknown[]).length,
      },
      {
        name: 'reminders (panel: with subtitle and e-mail)',
        role: 'STAFF',
        query: `query { reminders { kind date recordId title subtitle email } }`,
        variables: {},
        count: (d) => (d.reminders as unknown[]).length,
      },
      {
        name: 'all, first page',
        role: 'STAFF',
        query: LIST,
        variables: { f: { scope: 'ALL' } },
        count: list,
      },
      {
        name: 'all, first page',
        role: 'ADMIN',
        query: LIST,
        variables: { f: { scope: 'ALL' } },
        count: list,
      },
      {
        name: "customer's activity tab (with history)",
        role: 'ADMIN',
        query: `query($c: ID!) { activities(filter: { customerId: $c }, first: 20) { nodes { id name history { id kinds } } } }`,
        variables: { c: customerId },
        count: list,
      },
    ];
    for (const c of cases) {
      const serverMs: number[] = [];
      const http: number[] = [];
      let rows = 0;
      for (let i = -3; i < runs; i++) {
        const t = performance.now();
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[c.role]}` },
          body: JSON.stringify({ query: c.query, variables: c.variables }),
        });
        const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
        const ms = performance.now() - t;
        if (!json.data || json.errors) {
          throw new Error(`${c.name}: ${JSON.stringify(json.errors)}`);
        }
        if (i >= 0) {
          http.push(ms);
          serverMs.push(Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN));
          rows = c.count(json.data);
        }
      }
      const stats = (xs: number[]) => {
        const s = [...xs].sort((a, b) => a - b);
        return { medianMs: round(quantile(s, 0.5)), p95Ms: round(quantile(s, 0.95)) };
      };
      results.push({ case: c.name, role: c.role, rows, server: stats(serverMs), http: stats(http) });
      console.log(JSON.stringify(results.at(-1)));
    }
    // The reminder lookups read the (owner, month-day) indexes, not every contact.
    const plan = await sql.query(
      `EXPLAIN SELECT t.id FROM contact t WHERE t.owner_id = $1 AND t.deleted_at IS NULL AND t.birthday IS NOT NULL
         AND sen_mmdd(t.birthday) = ANY($2::int[])`,
      [staff.id, [1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130]],
    );
    const contactPlan = plan.rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
    console.log(contactPlan);
    const out = {
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      timing: 'server: Server-Timing header; http: round trip on loopback',
      runs,
      data: size,
      results,
      contactBirthdayPlan: contactPlan,
    };
    const outDir = path.resolve(__dirname, '../../../../bench-results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'activities.json'), JSON.stringify(out, null, 2));
    console.log(JSON.stringify(size));
    console.table(
      results.map((r) => ({
        case: r.case,
        role: r.role,
        rows: r.rows,
        'server med': (r.server as { medianMs: number }).medianMs,
        'server p95': (r.server as { p95Ms: number }).p95Ms,
        'http med': (r.http as { medianMs: number }).medianMs,
      })),
    );
  } finally {
    await stop(server);
    await sql.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

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
