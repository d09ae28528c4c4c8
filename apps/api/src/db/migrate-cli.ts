import 'reflect-metadata';
import { loadEnv } from '../config/env';
import { openDatabase } from './database';

async function main(): Promise<void> {
  const env = loadEnv();
  const db = await openDatabase(env);
  const applied = await db.dataSource.query('SELECT name FROM schema_migrations ORDER BY id');
  console.log(`Migrations applied: ${applied.map((r: { name: string }) => r.name).join(', ')}`);
  await db.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
