import { cliArgs } from '../config/cli-args';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { quantile, start, stop } from './server';

/**
 * `pnpm bench`: cold start (empty embedded database → serving, then a restart) and an
 * authenticated `me` query under 20 concurrent clients, on the embedded database and PostgreSQL.
 */
/** The admin's password (production refuses the demo one). */
const PASSWORD = 'bench-admin-2026';

async function load(url: string, clients: number, seconds: number) {
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(email: "admin@sen.local", password: "${PASSWORD}") { token } }`,
    }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  const body = JSON.stringify({ query: '{ me { id email name role department { name } } }' });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
        const json = (await res.json()) as { data?: unknown };
        if (!json.data) {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    throughputPerSec: Math.round(latencies.length / seconds),
    medianMs: +quantile(latencies, 0.5).toFixed(2),
    p95Ms: +quantile(latencies, 0.95).toFixed(2),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      seconds: { type: 'string', default: '10' },
      clients: { type: 'string', default: '20' },
      pg: {
        type: 'string',
        default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      },
    },
  });
  const seconds = Number(values.seconds);
  const clients = Number(values.clients);
  const results: Record<string, unknown> = {
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    clients,
    seconds,
  };

  const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-bench-'));
  // Demo data to load against: production never seeds it, so these two servers run as the demo does
  // (NODE_ENV is read only by the environment check; the server itself runs the same).
  const embeddedEnv = {
    NODE_ENV: 'development',
    SEN_DATA_DIR: dir,
    SEN_DEMO_DATA: 'true',
    SEN_ADMIN_PASSWORD: PASSWORD,
  };
  const cold = await start(embeddedEnv, 4301);
  await stop(cold);
  const warm = await start(embeddedEnv, 4301);
  results.coldStartEmptyEmbeddedMs = Math.round(cold.ms);
  results.restartEmbeddedMs = Math.round(warm.ms);
  results.embedded = await load(warm.url, clients, seconds);
  await stop(warm);
  rmSync(dir, { recursive: true, force: true });

  const dbName = `sen_bench_${Date.now()}`;
  const admin = new Client({ connectionString: values.pg });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(values.pg!);
  url.pathname = `/${dbName}`;
  const pgDir = mkdtempSync(path.join(os.tmpdir(), 'sen-bench-pg-'));
  const pg = await start(
    {
      NODE_ENV: 'development',
      DATABASE_URL: url.toString(),
      SEN_DATA_DIR: pgDir,
      SEN_DEMO_DATA: 'true',
      SEN_ADMIN_PASSWORD: PASSWORD,
    },
    4302,
  );
  results.coldStartEmptyPostgresMs = Math.round(pg.ms);
  results.postgres = await load(pg.url, clients, seconds);
  await stop(pg);
  await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
  await admin.end();
  rmSync(pgDir, { recursive: true, force: true });

  const outDir = path.resolve(__dirname, '../../../../bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'me-query.json'), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
