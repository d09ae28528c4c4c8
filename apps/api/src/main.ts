import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { DEMO_PASSWORD, EnvError, loadEnv } from './config/env';
import { startServer } from './server';

async function main(): Promise<void> {
  const t0 = performance.now();
  const env = loadEnv();
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
  const shutdown = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof EnvError ? err.message : err);
  process.exit(1);
});
