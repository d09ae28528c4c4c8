import { types } from 'pg';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

// Calendar dates stay `YYYY-MM-DD` strings: turning them into JS Dates shifts them by the zone.
types.setTypeParser(1082, (v) => v);

export interface DataSourceOptions {
  url: string;
  /** One connection for the embedded database: its single session must not be shared. */
  poolSize: number;
  logQueries?: boolean;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: options.logQueries ? ['query', 'error'] : false,
    poolSize: options.poolSize,
    extra: {
      max: options.poolSize,
      // A transaction waiting for the single embedded connection fails loudly instead of hanging.
      connectionTimeoutMillis: 60_000,
    },
  });
}
