import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Env } from './config/env';
import { openDatabase, type Database } from './db/database';
import { seedInitialData, type SeedResult } from './db/seed/initial';
import { createApp } from './http/app';
import { createServices, type Services } from './services';

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  services: Services;
  seed: SeedResult;
  close(): Promise<void>;
}

/** Opens (and migrates) the database, seeds an empty one, and serves HTTP. */
export async function startServer(env: Env): Promise<RunningServer> {
  const db = await openDatabase(env);
  try {
    const services = createServices(db.dataSource, env);
    const seed = await seedInitialData(db.dataSource, services, env);
    const { app, stop } = await createApp({
      ds: db.dataSource,
      services,
      webDist: env.webDist,
      trustProxy: env.trustProxy,
    });
    const http: Server = await new Promise((resolve, reject) => {
      const s = app.listen(env.port, (err?: Error) => (err ? reject(err) : resolve(s)));
    });
    const port = (http.address() as AddressInfo).port;
    return {
      url: `http://localhost:${port}`,
      port,
      db,
      services,
      seed,
      async close() {
        await new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeAllConnections();
        await stop();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
