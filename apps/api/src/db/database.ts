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
    // No parallel workers: a screen's query reads an index, and starting workers for it cost more
    // than it saved (a name search with its total on 1M customers: 53 ms with workers, 31 without),
    // while fifty clients at once already keep every core busy.
    sessionOptions: embedded ? undefined : '-c jit=off -c max_parallel_workers_per_gather=0',
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
