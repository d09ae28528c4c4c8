import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { benchOptions, cliArgs } from '../config/cli-args';
import { BULK_EMAIL_DOMAIN, BULK_PASSWORD } from '../db/seed/bulk-customers';
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
    const sampler = setInterval(() => rss.push(rssMb(server.child.pid!)), 1000);
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
  console.log(`errors: ${errors.length}; server RSS: ${JSON.stringify(memory)}`);
  const outDir = path.resolve(__dirname, '../../../../bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, 'load.json'),
    JSON.stringify(
      { clients, seconds, conditions: { before, after }, table, memory, errors: errors.slice(0, 20) },
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

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
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

async function login(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      variables: { e: email, p: BULK_PASSWORD },
    }),
  });
  const body = (await res.json()) as { data: { login: { token: string } } };
  return body.data.login.token;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
