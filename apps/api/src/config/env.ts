import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  SEN_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  SEN_IMPORT_MAX_ROWS: z.coerce.number().int().positive().default(1_000_000),
  INIT_CWD: z.string().optional(),
});

export type Env = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  adminEmail: string;
  adminPassword: string;
  /** Production's demo instance (embedded database, demo logins): see loadEnv. */
  demoMode: boolean;
  demoData: boolean;
  jwtSecret: string;
  tokenTtlHours: number;
  webDist: string;
  logQueries: boolean;
  importMaxBytes: number;
  importMaxRows: number;
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
  // The demo instance: production on the embedded database with no admin password chosen (what
  // `pnpm start` gives a fresh clone). It alone may use the demo admin password and a signing
  // secret generated into SEN_DATA_DIR, and gets demo data unless asked not to; elsewhere production
  // seeds demo data (users with the demo password) only when SEN_DEMO_DATA=true asks for it.
  const demo = production && embedded && demoPassword && e.SEN_DEMO_DATA !== false;
  const problems: string[] = [];
  if (production && !demo) {
    if (demoPassword) {
      problems.push(
        embedded
          ? '  SEN_ADMIN_PASSWORD: the demo password is refused in production (set SEN_ADMIN_PASSWORD, or leave SEN_DEMO_DATA unset for the demo instance)'
          : '  SEN_ADMIN_PASSWORD: the demo password is refused in production',
      );
    }
    if (!e.SEN_JWT_SECRET) {
      problems.push('  SEN_JWT_SECRET: required in production (at least 32 characters)');
    }
  }
  if (problems.length > 0) {
    throw new EnvError(`Invalid environment:\n${problems.join('\n')}`);
  }
  // Relative to where the command was typed (pnpm runs package scripts inside the package folder).
  const dataDir = path.resolve(e.INIT_CWD ?? process.cwd(), e.SEN_DATA_DIR);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    adminEmail: e.SEN_ADMIN_EMAIL.toLowerCase(),
    adminPassword: e.SEN_ADMIN_PASSWORD,
    demoMode: demo,
    demoData: e.SEN_DEMO_DATA ?? (production ? demo : embedded),
    jwtSecret: e.SEN_JWT_SECRET ?? loadOrCreateSecret(dataDir),
    tokenTtlHours: e.SEN_TOKEN_TTL_HOURS,
    webDist: path.resolve(e.SEN_WEB_DIST ?? path.join(__dirname, '../../../web/dist')),
    logQueries: e.SEN_LOG_QUERIES,
    importMaxBytes: e.SEN_IMPORT_MAX_BYTES,
    importMaxRows: e.SEN_IMPORT_MAX_ROWS,
  };
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
