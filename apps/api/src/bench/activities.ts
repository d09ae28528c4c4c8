import { benchOptions, cliArgs } from '../config/cli-args';
import { parseArgs } from 'node:util';
import * as bench from './harness';

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
  const sql = await bench.connect(values.db!);
  const size = {
    ...(await bench.countRows(sql, {
      customers: 'customer',
      contacts: 'contact',
      activities: 'activity',
      activityCustomerLinks: 'activity_customer',
      users: 'app_user',
    })),
    activityTableWithIndexes: (
      await sql.query(`SELECT pg_size_pretty(pg_total_relation_size('activity')) AS s`)
    ).rows[0].s as string,
  };
  const server = await bench.startOn(values.db!, values.port!, 'activities');
  const results: Record<string, unknown>[] = [];
  try {
    const staff = await bench.bulkUser(
      sql,
      'STAFF',
      'EXISTS (SELECT 1 FROM activity a WHERE a.assignee_id = u.id)',
    );
    const tokens = await bench.signIn(server.url, {
      STAFF: staff,
      ADMIN: await bench.bulkUser(sql, 'ADMIN'),
    });
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
      const timed = await bench.timeGraphql(server.url, tokens[c.role], c, runs);
      const rows = c.count(timed.answer);
      results.push({
        case: c.name,
        role: c.role,
        rows,
        server: bench.stats(timed.server),
        http: bench.stats(timed.http),
      });
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
    await bench.writeResults('activities', sql, {
      timing: 'server: Server-Timing header; http: round trip on loopback',
      runs,
      data: size,
      results,
      contactBirthdayPlan: contactPlan,
    });
    console.log(JSON.stringify(size));
    console.table(results.map(bench.timingColumns));
  } finally {
    await server.close();
    await sql.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
