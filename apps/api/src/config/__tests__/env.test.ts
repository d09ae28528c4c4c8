import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, loadEnv } from '../env';

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'sen-env-'));

describe('loadEnv', () => {
  it('uses the documented defaults: port 4000, embedded database with demo data', () => {
    const env = loadEnv({ SEN_DATA_DIR: dataDir() });
    expect(env).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      demoData: true,
      adminEmail: 'admin@sen.local',
    });
    expect(env.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps the generated signing secret in the data directory across restarts', () => {
    const dir = dataDir();
    expect(loadEnv({ SEN_DATA_DIR: dir }).jwtSecret).toBe(loadEnv({ SEN_DATA_DIR: dir }).jwtSecret);
  });

  it('turns demo data off by default on PostgreSQL', () => {
    expect(loadEnv({ SEN_DATA_DIR: dataDir(), DATABASE_URL: 'postgres://u@localhost/db' }).demoData).toBe(
      false,
    );
  });

  it('names every bad key at once', () => {
    expect(() => loadEnv({ PORT: 'abc', DATABASE_URL: 'not a url', SEN_DEMO_DATA: 'maybe' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*SEN_DEMO_DATA/,
    );
  });

  it('refuses production with the demo password or without a signing secret', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', SEN_DATA_DIR: dataDir() })).toThrow(
      /SEN_ADMIN_PASSWORD[\s\S]*SEN_JWT_SECRET/,
    );
    expect(() =>
      loadEnv({
        NODE_ENV: 'production',
        SEN_ADMIN_PASSWORD: DEMO_PASSWORD,
        SEN_JWT_SECRET: 'x'.repeat(40),
        SEN_DATA_DIR: dataDir(),
      }),
    ).toThrow(/demo password is refused/);
    expect(
      loadEnv({
        NODE_ENV: 'production',
        SEN_ADMIN_PASSWORD: 'a-real-secret-1',
        SEN_JWT_SECRET: 'x'.repeat(40),
        SEN_DATA_DIR: dataDir(),
      }).nodeEnv,
    ).toBe('production');
  });

  it('makes the built server exit with the reason when started in production with demo defaults', () => {
    const main = path.resolve(__dirname, '../../../dist/main.js');
    const r = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', SEN_DATA_DIR: dataDir(), PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the demo password is refused in production');
  });
});
