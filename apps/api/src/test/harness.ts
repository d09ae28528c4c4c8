import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_PASSWORD, loadEnv, type Env } from '../config/env';
import { openDatabase } from '../db/database';
import { seedInitialData } from '../db/seed/initial';
import { startServer, type RunningServer } from '../server';
import { createServices } from '../services';

export const PASSWORD = DEMO_PASSWORD;
export const JWT_SECRET = 'test-secret-0123456789-0123456789-0123456789';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [k: string]: unknown } }[];
}

/** What a call answered, as far as a refusal goes. */
type Answered = { errors?: { extensions: { code: string; [k: string]: unknown } }[] };

/** The API code of a refused call (its first error's `extensions.code`). */
export const errorCode = (r: Answered) => r.errors?.[0]?.extensions.code;

/** What a refused call says of each field (BAD_USER_INPUT `fieldErrors`). */
export const fieldErrors = (r: Answered) =>
  (r.errors?.[0]?.extensions.fieldErrors as { field: string; message: string }[] | undefined) ?? [];

/** The fields a refused call names. */
export const errorFields = (r: Answered) => fieldErrors(r).map((f) => f.field);

/** The data of a call that is to have succeeded: expects it answered no errors (jest shows them if it did). */
export function ok<T>(r: GqlResult<T>): T {
  expect(r.errors).toBeUndefined();
  return r.data!;
}

export interface TestApp {
  server: RunningServer;
  url: string;
  env: Env;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; lang?: string },
  ): Promise<GqlResult<T>>;
  /** The data of a call that is to succeed; its errors thrown. */
  data<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; lang?: string },
  ): Promise<T>;
  login(email: string, password?: string): Promise<string>;
  /** A token for each demo user named, in that order (`admin` signs in as admin@sen.local). */
  signIn(...users: DemoUser[]): Promise<string[]>;
  /** Every row of the given tables, to prove a refused call changed nothing. */
  snapshot(tables?: string[]): Promise<Record<string, unknown[]>>;
  close(): Promise<void>;
}

/** The demo users the tests sign in as (seeded with SEN_DEMO_DATA, password `PASSWORD`). */
export type DemoUser = 'admin' | 'manager' | 'staff1' | 'staff2';

const TABLES = [
  'department',
  'app_user',
  'api_token',
  'audit_log',
  'system_parameter',
  'company_profile',
  'field_rule',
  'category',
  'customer',
  'customer_group',
  'customer_share',
  'ownership_event',
  'contact',
  'campaign',
  'campaign_member',
  'campaign_status_count',
  'campaign_member_event',
  'campaign_keypress',
  'activity',
  'activity_customer',
  'activity_participant',
  'activity_comment',
  'activity_done_count',
  'mail_log',
  'import_job',
  'import_row_error',
  'export_job',
  'document_numbering',
  'product',
  'opportunity',
  'quote',
  'quote_line',
  'contract',
  'contract_line',
  'sales_order',
  'order_line',
  'invoice',
  'invoice_line',
  'money_day_total',
  'saved_view',
  'saved_view_default',
];

const testEnv = (overrides: Record<string, string>, dataDir: string) =>
  loadEnv({
    NODE_ENV: 'test',
    PORT: '0',
    SEN_DATA_DIR: dataDir,
    SEN_JWT_SECRET: JWT_SECRET,
    SEN_DEMO_DATA: 'true',
    SEN_WEB_DIST: path.join(dataDir, 'no-web'),
    ...overrides,
  });

function databaseAt(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The migrated, seeded database a test run's servers start from (jest's global setup names it;
 * global teardown drops it). The first server of the run builds it under an advisory lock; the
 * others copy it (CREATE DATABASE … TEMPLATE, about a tenth of migrating and seeding anew). The
 * servers still run the migrations at start, which finds nothing left to do.
 */
async function templateDatabase(base: string): Promise<string | null> {
  const template = process.env.SEN_TEST_TEMPLATE;
  if (!template || !/^[a-z0-9_]+$/.test(template)) {
    return null;
  }
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (found.rowCount === 0) {
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sen-template-'));
      const env = testEnv({ DATABASE_URL: databaseAt(base, building) }, dataDir);
      const db = await openDatabase(env);
      try {
        await seedInitialData(db.dataSource, createServices(db.dataSource, env), env);
      } finally {
        await db.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
      // Renamed only when complete: a run stopped halfway leaves no half-built template.
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    }
    return template;
  } finally {
    await admin.end();
  }
}

/**
 * A real server on a fresh database: a new PostgreSQL database when TEST_DATABASE_URL is set,
 * else a new embedded one in a temporary folder.
 */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sen-test-'));
  let dropDatabase: (() => Promise<void>) | null = null;
  let databaseUrl: string | undefined;
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    const name = `sen_test_${randomBytes(6).toString('hex')}`;
    const template = Object.keys(overrides).length === 0 ? await templateDatabase(base) : null;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    await admin.end();
    databaseUrl = databaseAt(base, name);
    dropDatabase = async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const env = testEnv({ ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...overrides }, dataDir);
  const server = await startServer(env);

  const gql: TestApp['gql'] = async (query, variables, options = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.token) {
      headers.authorization = `Bearer ${options.token}`;
    }
    if (options.lang) {
      headers['accept-language'] = options.lang;
    }
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResult, 'status'>;
    return { status: res.status, data: (body.data ?? null) as never, errors: body.errors };
  };

  const data: TestApp['data'] = async <T>(...args: Parameters<TestApp['gql']>) => {
    const r = await gql<T>(...args);
    if (!r.data) {
      throw new Error(JSON.stringify(r.errors));
    }
    return r.data;
  };

  const login: TestApp['login'] = async (email, password = PASSWORD) => {
    const r = await gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    );
    if (!r.data) {
      throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
    }
    return r.data.login.token;
  };

  return {
    server,
    url: server.url,
    env,
    gql,
    data,
    login,
    async signIn(...users) {
      const tokens: string[] = [];
      for (const user of users) {
        tokens.push(await login(`${user}@sen.local`));
      }
      return tokens;
    },
    async snapshot(tables = TABLES) {
      const out: Record<string, unknown[]> = {};
      for (const t of tables) {
        out[t] = await server.db.dataSource.query(`SELECT * FROM ${t} ORDER BY ${t}::text`);
      }
      return out;
    },
    async close() {
      await server.close();
      await dropDatabase?.();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The server of a test file (or of the `describe` it is called in): started before its first test,
 * then `setUp` (sign in, create what every test reads); closed after its last test. What it returns
 * stands for that server, so it can be handed to helpers (`crm(app)`) before it starts.
 */
export function useTestApp(
  setUp?: (app: TestApp) => Promise<unknown>,
  overrides: Record<string, string> = {},
): TestApp {
  let started: TestApp | null = null;
  beforeAll(async () => {
    started = await startTestApp(overrides);
    await setUp?.(started);
  });
  afterAll(() => started?.close());
  const current = (): TestApp => {
    if (!started) {
      throw new Error('the test server is used before it started (outside a test or hook)');
    }
    return started;
  };
  return {
    get server() {
      return current().server;
    },
    get url() {
      return current().url;
    },
    get env() {
      return current().env;
    },
    gql: <T>(...args: Parameters<TestApp['gql']>) => current().gql<T>(...args),
    data: <T>(...args: Parameters<TestApp['gql']>) => current().data<T>(...args),
    login: (email, password) => current().login(email, password),
    signIn: (...users) => current().signIn(...users),
    snapshot: (tables) => current().snapshot(tables),
    close: () => current().close(),
  };
}
