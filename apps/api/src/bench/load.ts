import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { benchOptions, cliArgs } from '../config/cli-args';
import { BULK_EMAIL_DOMAIN } from '../db/seed/bulk-customers';
import { login, rssMb } from './harness';
import { conditions, quantile, start, stop } from './server';
import { webQuery } from './web-documents';

/**
 * `pnpm bench:load`: a busy office. `--clients` (50) clients for `--seconds` (60) s, each logged in
 * as an ADMIN, a MANAGER or a STAFF user in turn, each sending the customer list's first page as
 * the web app sends it (its own document, with `countInfo`) one after the other, on the 1M base.
 * Reports requests per second, latency median / p95 / p99 per role and overall, errors, and the
 * server's memory (RSS) sampled every second. Fails when any request errs.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      ...benchOptions('sen_bench', 4305),
      clients: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '60' },
    },
  });
  const clients = Number(values.clients);
  const seconds = Number(values.seconds);
  const sql = new Client({ connectionString: values.db });
  await sql.connect();
  const users = (
    await sql.query(
      `SELECT DISTINCT ON (role) role, email FROM app_user WHERE email LIKE $1 AND active ORDER BY role, created_at DESC`,
      [`%@${BULK_EMAIL_DOMAIN}`],
    )
  ).rows as { role: string; email: string }[];
  const before = await conditions(sql);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-bench-load-'));
  const server = await start(
    { DATABASE_URL: values.db!, SEN_DATA_DIR: dir, SEN_DEMO_DATA: 'false' },
    Number(values.port),
  );
  const query = webQuery('Customers');
  const variables = {
    filter: {},
    orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }],
    first: 20,
    after: null,
  };
  const rss: number[] = [];
  const byRole = new Map<string, number[]>();
  const errors: string[] = [];
  const cpu = { server: 0, db: 0 };
  try {
    const tokens = new Map<string, string>();
    for (const u of users) {
      tokens.set(u.role, await login(server.url, u.email));
    }
    const roles = ['ADMIN', 'MANAGER', 'STAFF'].filter((r) => tokens.has(r));
    // Warm: each role's request once.
    for (const role of roles) {
      await ask(server.url, tokens.get(role)!, query, variables);
    }
    const sampler = setInterval(() => rss.push(Math.round(rssMb(server.child.pid!))), 1000);
    // CPU used by the server and by its PostgreSQL connections over the timed window: per request,
    // a figure the machine's other load barely moves (unlike the latencies).
    const backends = async () =>
      (
        await sql.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        )
      ).rows.map((r: { pid: number }) => r.pid);
    const cpuBefore = { server: cpuMs(server.child.pid!), db: sumCpu(await backends()) };
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        const role = roles[i % roles.length];
        const times = byRole.get(role) ?? [];
        byRole.set(role, times);
        while (performance.now() < end) {
          const t = performance.now();
          try {
            await ask(server.url, tokens.get(role)!, query, variables);
            times.push(performance.now() - t);
          } catch (err) {
            errors.push(String(err));
          }
        }
      }),
    );
    clearInterval(sampler);
    cpu.server = cpuMs(server.child.pid!) - cpuBefore.server;
    cpu.db = sumCpu(await backends()) - cpuBefore.db;
  } finally {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
  const after = await conditions(sql);
  await sql.end();
  const all = [...byRole.values()].flat();
  const row = (name: string, times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return {
      clients: name === 'all' ? clients : Math.round(clients / byRole.size),
      requests: times.length,
      'req/s': +(times.length / seconds).toFixed(1),
      'median ms': +quantile(sorted, 0.5).toFixed(1),
      'p95 ms': +quantile(sorted, 0.95).toFixed(1),
      'p99 ms': +quantile(sorted, 0.99).toFixed(1),
    };
  };
  const table = Object.fromEntries([
    ...[...byRole].map(([role, times]) => [role, row(role, times)]),
    ['all', row('all', all)],
  ]);
  const memory = {
    firstMb: rss[0],
    lastMb: rss.at(-1),
    peakMb: Math.max(...rss),
    // The last third against the second: a server that keeps growing shows it here.
    secondThirdMedianMb: median(rss.slice(Math.floor(rss.length / 3), Math.floor((2 * rss.length) / 3))),
    lastThirdMedianMb: median(rss.slice(Math.floor((2 * rss.length) / 3))),
  };
  console.log(`before: ${JSON.stringify(before)}\nafter: ${JSON.stringify(after)}`);
  console.table(table);
  const cpuPerRequest = {
    serverMs: +(cpu.server / all.length).toFixed(2),
    postgresMs: +(cpu.db / all.length).toFixed(2),
  };
  console.log(`errors: ${errors.length}; server RSS: ${JSON.stringify(memory)}`);
  console.log(`CPU per request: ${JSON.stringify(cpuPerRequest)}`);
  const outDir = path.resolve(__dirname, '../../../../bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, 'load.json'),
    JSON.stringify(
      {
        clients,
        seconds,
        conditions: { before, after },
        table,
        memory,
        cpuPerRequest,
        errors: errors.slice(0, 20),
      },
      null,
      2,
    ),
  );
  if (errors.length > 0) {
    console.error(`${errors.length} REQUESTS FAILED, e.g. ${errors[0]}`);
    process.exit(1);
  }
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** User + system CPU time of a process so far, in ms (0 once it is gone). */
function cpuMs(pid: number): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  } catch {
    return 0;
  }
}
const TICKS = 100;

function sumCpu(pids: number[]): number {
  return pids.reduce((s, pid) => s + cpuMs(pid), 0);
}

async function ask(url: string, token: string, query: string, variables: object) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ operationName: 'Customers', query, variables }),
  });
  const body = (await res.json()) as {
    data?: { customers: { nodes: unknown[]; countInfo: { value: number } } };
    errors?: unknown;
  };
  if (!res.ok || body.errors || !body.data || body.data.customers.nodes.length !== 20) {
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body.data).slice(0, 200)}`);
  }
  return body.data;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
