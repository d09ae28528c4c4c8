import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const DEMO_ADMIN_EMAIL = 'admin@sen.local';
export const DEMO_PASSWORD = 'sen-demo-2026';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.url().optional(),
  SEN_DATA_DIR: z.string().min(1).default('./.data'),
  SEN_ADMIN_EMAIL: z.email().default(DEMO_ADMIN_EMAIL),
  SEN_ADMIN_PASSWORD: z.string().min(8).default(DEMO_PASSWORD),
  SEN_DEMO_DATA: bool.optional(),
  SEN_JWT_SECRET: z.string().min(32).optional(),
  SEN_TOKEN_TTL_HOURS: z.coerce.number().positive().default(12),
  SEN_WEB_DIST: z.string().optional(),
  SEN_LOG_QUERIES: bool.default(false),
  SEN_TRUST_PROXY: z.string().trim().optional(),
  SEN_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  SEN_IMPORT_MAX_ROWS: z.coerce.number().int().positive().default(1_000_000),
  SEN_IMPORT_LEASE_SECONDS: z.coerce.number().positive().default(30),
  SEN_INSTANCE_ID: z.string().trim().min(1).optional(),
  INIT_CWD: z.string().optional(),
});

export type Env = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  adminEmail: string;
  adminPassword: string;
  /** The demo instance (not production; embedded database, demo data and logins): see loadEnv. */
  demoMode: boolean;
  demoData: boolean;
  jwtSecret: string;
  tokenTtlHours: number;
  webDist: string;
  logQueries: boolean;
  /**
   * Express's `trust proxy`: which hops may set X-Forwarded-For (the client address the login and
   * public-form limits count). `false` (the default) trusts none: the socket's address counts.
   */
  trustProxy: boolean | number | string;
  importMaxBytes: number;
  importMaxRows: number;
  /**
   * An import's runner renews its claim on the job this often (a third of it); another instance
   * takes over a RUNNING job whose claim lapsed.
   */
  importLeaseSeconds: number;
  /**
   * This instance among those sharing the database (default: host name and port). A restarted
   * instance knows the jobs its previous process ran are no longer running.
   */
  instanceId: string;
};

export class EnvError extends Error {}

/** The only reader of process.env: parses everything and names every bad key at once. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const embedded = !e.DATABASE_URL;
  const demoPassword = e.SEN_ADMIN_PASSWORD === DEMO_PASSWORD;
  // Production never creates demo users or demo data (their password is public), never runs with
  // the demo admin password and never generates its own signing secret. The demo instance that
  // `pnpm start` gives a fresh clone is not production: the embedded database, demo data, the demo
  // logins and a secret generated into SEN_DATA_DIR.
  const problems: string[] = [];
  if (production) {
    if (demoPassword) {
      problems.push(
        "  SEN_ADMIN_PASSWORD: the demo password is refused in production (choose the first admin's password)",
      );
    }
    if (!e.SEN_JWT_SECRET) {
      problems.push('  SEN_JWT_SECRET: required in production (at least 32 characters)');
    }
    if (e.SEN_DEMO_DATA === true) {
      problems.push(
        '  SEN_DEMO_DATA: production never seeds demo data (its users have a public password); use `pnpm start` for the demo',
      );
    }
  }
  if (problems.length > 0) {
    throw new EnvError(`Invalid environment:\n${problems.join('\n')}`);
  }
  const demoData = !production && (e.SEN_DEMO_DATA ?? embedded);
  // Relative to where the command was typed (pnpm runs package scripts inside the package folder).
  const dataDir = path.resolve(e.INIT_CWD ?? process.cwd(), e.SEN_DATA_DIR);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    adminEmail: e.SEN_ADMIN_EMAIL.toLowerCase(),
    adminPassword: e.SEN_ADMIN_PASSWORD,
    demoMode: demoData && embedded && demoPassword,
    demoData,
    jwtSecret: e.SEN_JWT_SECRET ?? loadOrCreateSecret(dataDir),
    tokenTtlHours: e.SEN_TOKEN_TTL_HOURS,
    webDist: path.resolve(e.SEN_WEB_DIST ?? path.join(__dirname, '../../../web/dist')),
    logQueries: e.SEN_LOG_QUERIES,
    trustProxy: parseTrustProxy(e.SEN_TRUST_PROXY),
    importMaxBytes: e.SEN_IMPORT_MAX_BYTES,
    importMaxRows: e.SEN_IMPORT_MAX_ROWS,
    importLeaseSeconds: e.SEN_IMPORT_LEASE_SECONDS,
    instanceId: e.SEN_INSTANCE_ID ?? `${os.hostname()}:${e.PORT}`,
  };
}

/** `1` / `2` (hops), `loopback`, `10.0.0.0/8, 172.16.0.0/12`…; empty or `false` trusts none. */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === 'false' || value === '0') {
    return false;
  }
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  return value === 'true' ? true : value;
}

function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
