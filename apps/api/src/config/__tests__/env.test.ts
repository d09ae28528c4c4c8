import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
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
    const postgres = 'postgres://u@localhost/db';
    expect(() =>
      loadEnv({ NODE_ENV: 'production', DATABASE_URL: postgres, SEN_DATA_DIR: dataDir() }),
    ).toThrow(/SEN_ADMIN_PASSWORD[\s\S]*SEN_JWT_SECRET/);
    expect(() =>
      loadEnv({ NODE_ENV: 'production', SEN_DEMO_DATA: 'false', SEN_DATA_DIR: dataDir() }),
    ).toThrow(/SEN_ADMIN_PASSWORD[\s\S]*SEN_JWT_SECRET/);
    expect(() =>
      loadEnv({ NODE_ENV: 'production', SEN_ADMIN_PASSWORD: 'a-real-secret-1', SEN_DATA_DIR: dataDir() }),
    ).toThrow(/SEN_JWT_SECRET: required in production/);
    expect(() =>
      loadEnv({
        NODE_ENV: 'production',
        DATABASE_URL: postgres,
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

  it('runs production on the embedded database with nothing chosen as the demo instance, and only that', () => {
    // What `pnpm start` gives a fresh clone: demo logins and data, a secret kept in SEN_DATA_DIR.
    const dir = dataDir();
    const demo = loadEnv({ NODE_ENV: 'production', SEN_DATA_DIR: dir });
    expect(demo).toMatchObject({ nodeEnv: 'production', demoMode: true, demoData: true });
    expect(demo.adminPassword).toBe(DEMO_PASSWORD);
    expect(loadEnv({ NODE_ENV: 'production', SEN_DATA_DIR: dir }).jwtSecret).toBe(demo.jwtSecret);

    // Choosing an admin password makes it a real instance: no demo data by default, a secret required.
    const real = loadEnv({
      NODE_ENV: 'production',
      SEN_ADMIN_PASSWORD: 'a-real-secret-1',
      SEN_JWT_SECRET: 'x'.repeat(40),
      SEN_DATA_DIR: dataDir(),
    });
    expect(real).toMatchObject({ demoMode: false, demoData: false });
    // Demo users (with the demo password) only when asked for by name.
    expect(
      loadEnv({
        NODE_ENV: 'production',
        SEN_ADMIN_PASSWORD: 'a-real-secret-1',
        SEN_JWT_SECRET: 'x'.repeat(40),
        SEN_DEMO_DATA: 'true',
        SEN_DATA_DIR: dataDir(),
      }),
    ).toMatchObject({ demoMode: false, demoData: true });
    // Never on PostgreSQL, where the demo logins would sit in a shared database.
    expect(() =>
      loadEnv({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://u@localhost/db',
        SEN_JWT_SECRET: 'x'.repeat(40),
        SEN_DATA_DIR: dataDir(),
      }),
    ).toThrow(/the demo password is refused in production/);
  });

  it('makes the built server exit with the reason when started in production with demo defaults on PostgreSQL', () => {
    const main = path.resolve(__dirname, '../../../dist/main.js');
    const r = spawnSync(process.execPath, [main], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://u@127.0.0.1:1/none',
        SEN_DATA_DIR: dataDir(),
        PORT: '0',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the demo password is refused in production');
  });

  it('says which variable to change when the port is taken, without a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const main = path.resolve(__dirname, '../../../dist/main.js');
      const r = spawnSync(process.execPath, [main], {
        env: { PATH: process.env.PATH, SEN_DATA_DIR: dataDir(), PORT: String(port) },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`Port ${port} is already in use`);
      expect(r.stderr).toContain('PORT variable');
      expect(r.stderr).not.toContain('EADDRINUSE');
    } finally {
      blocker.close();
    }
  });
});
