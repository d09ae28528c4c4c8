import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
 * Starts the built server as it is deployed (`pnpm start`, the Docker image: NODE_ENV=production,
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
