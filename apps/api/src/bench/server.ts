import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

const MAIN = path.resolve(__dirname, '../main.js');
/** One per bench run: a token signed before a restart stays valid after it. */
const SECRET = randomBytes(32).toString('hex');
const ADMIN_PASSWORD = randomBytes(16).toString('hex');

export interface Started {
  child: ChildProcess;
  ms: number;
  url: string;
}

/**
 * Starts the built server as it is deployed (`pnpm start:production`, the Docker image: NODE_ENV=production,
 * a 1 GB heap cap, 32 MB young-generation semi-spaces, a fresh secret and admin password) and waits
 * until `/healthz` answers.
 */
export async function start(env: Record<string, string>, port: number): Promise<Started> {
  const t0 = performance.now();
  // SEN_BENCH_NODE_ARGS: extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`.
  const extra = (process.env.SEN_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=1024', '--max-semi-space-size=32', ...extra, MAIN],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SEN_JWT_SECRET: SECRET,
        SEN_ADMIN_PASSWORD: ADMIN_PASSWORD,
        PORT: String(port),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error('server exited');
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) {
        return { child, ms: performance.now() - t0, url };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function stop(s: Started): Promise<void> {
  await new Promise<void>((resolve) => {
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}

export function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * What a figure depends on besides the code: PostgreSQL's memory settings and the machine's load
 * (the load average of the last minute, against its cores), to print beside the results.
 */
export async function conditions(sql: { query: (text: string) => Promise<{ rows: unknown[] }> }) {
  const { rows } = await sql.query(
    `SELECT current_setting('server_version') AS postgres, current_setting('shared_buffers') AS shared_buffers,
            current_setting('work_mem') AS work_mem, current_setting('effective_cache_size') AS effective_cache_size,
            current_setting('max_wal_size') AS max_wal_size`,
  );
  const [load1, load5] = os.loadavg();
  return {
    ...(rows[0] as Record<string, string>),
    load1: +load1.toFixed(2),
    load5: +load5.toFixed(2),
    cores: os.cpus().length,
  };
}
