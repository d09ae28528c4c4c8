import 'reflect-metadata';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD, EnvError, loadEnv } from './config/env';
import { startServer } from './server';

async function main(): Promise<void> {
  const t0 = performance.now();
  const env = loadEnv();
  // Before the database opens (a minute on a slow machine): a taken port is said at once.
  await portIsFree(env.port);
  const server = await startServer(env);
  const ms = Math.round(performance.now() - t0);
  const where = server.db.embedded ? `embedded database in ${env.dataDir}` : 'PostgreSQL';
  console.log(`Sen CRM is running at ${server.url} (${where}) — ready in ${ms} ms`);
  if (env.adminPassword === DEMO_PASSWORD) {
    console.log(`Demo login: ${env.adminEmail} / ${DEMO_PASSWORD}`);
  } else if (server.seed.createdAdmin) {
    console.log(`First admin created: ${env.adminEmail} (password from SEN_ADMIN_PASSWORD)`);
  }
  if (server.seed.demo) {
    console.log(
      `Demo users (password ${DEMO_PASSWORD}): manager@sen.local, staff1@sen.local, staff2@sen.local`,
    );
  }
  if (env.demoMode) {
    console.log(
      'Demo instance (not production): anyone who can reach this port can log in with the demo password. ' +
        'To run it for real: `pnpm start:production` with SEN_ADMIN_PASSWORD and SEN_JWT_SECRET set, on a new SEN_DATA_DIR.',
    );
  }
  const shutdown = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/** Rejects with the listen error (EADDRINUSE, EACCES) if this port cannot be listened on now. */
function portIsFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** What went wrong at start, in words that say what to change (no stack for a known cause). */
function startupProblem(err: unknown): unknown {
  if (err instanceof EnvError) {
    return err.message;
  }
  const listen = err as NodeJS.ErrnoException & { port?: number };
  if (listen?.syscall === 'listen' && listen.code === 'EADDRINUSE') {
    return (
      `Port ${listen.port} is already in use (another Sen CRM, or another program). Stop it, or ` +
      `choose another port with the PORT variable, e.g. PORT=${Number(listen.port) + 1}`
    );
  }
  if (listen?.syscall === 'listen' && listen.code === 'EACCES') {
    return `Port ${listen.port} needs privileges this user lacks: choose a port above 1023 with the PORT variable`;
  }
  return err;
}

main().catch((err: unknown) => {
  console.error(startupProblem(err));
  process.exit(1);
});
