import type { DataSource } from 'typeorm';
import type { Env } from '../config/env';
import { createDataSource } from './data-source';
import { startEmbeddedDatabase } from './embedded';
import { withoutPreparedStatements } from './prepared';

export interface Database {
  dataSource: DataSource;
  embedded: boolean;
  close(): Promise<void>;
}

/** PostgreSQL when DATABASE_URL is set, else the embedded database in SEN_DATA_DIR; migrated. */
export async function openDatabase(
  env: Pick<Env, 'databaseUrl' | 'dataDir' | 'logQueries'>,
): Promise<Database> {
  const embedded = env.databaseUrl ? null : await startEmbeddedDatabase(env.dataDir);
  const dataSource = createDataSource({
    url: env.databaseUrl ?? embedded!.url,
    poolSize: embedded ? 1 : 10,
    logQueries: env.logQueries,
    // No JIT compilation: the screens' statements are short, and a count whose estimate crosses
    // jit_above_cost (a board or dashboard over a million rows) spent 0.5–1.6 s compiling it.
    sessionOptions: embedded ? undefined : '-c jit=off',
  });
  if (embedded) {
    withoutPreparedStatements(dataSource);
  }
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (err) {
    await embedded?.close();
    throw err;
  }
  return {
    dataSource,
    embedded: Boolean(embedded),
    async close() {
      if (dataSource.isInitialized) {
        await dataSource.destroy();
      }
      await embedded?.close();
    },
  };
}
