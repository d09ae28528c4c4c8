import { Client, types } from 'pg';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

// Calendar dates stay `YYYY-MM-DD` strings: turning them into JS Dates shifts them by the zone.
types.setTypeParser(1082, (v) => v);

/**
 * PostgreSQL may end a session at any time (a restart, a failover, pg_terminate_backend): pg then
 * emits 'error' on the client, and an 'error' nobody listens to ends the process. The pool listens
 * on its idle clients and TypeORM on those a query runner holds, but not in between (a client
 * emits twice: the server's FATAL message, then the socket's end). Every client of the pool
 * listens from its creation: the query in flight fails, the pool drops the client, and the next
 * request opens a new session.
 */
class ResilientClient extends Client {
  constructor(config?: ConstructorParameters<typeof Client>[0]) {
    super(config);
    this.on('error', (err: Error) => {
      console.warn(`[db] a database connection ended: ${err.message}`);
    });
  }
}

export interface DataSourceOptions {
  url: string;
  /** One connection for the embedded database: its single session must not be shared. */
  poolSize: number;
  logQueries?: boolean;
  /** Session settings sent at connect (PostgreSQL only: the embedded database has no such options). */
  sessionOptions?: string;
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
      Client: ResilientClient,
      max: options.poolSize,
      // A transaction waiting for the single embedded connection fails loudly instead of hanging.
      connectionTimeoutMillis: 60_000,
      ...(options.sessionOptions ? { options: options.sessionOptions } : {}),
    },
  });
}
