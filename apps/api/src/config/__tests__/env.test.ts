import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, loadEnv } from '../env';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

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

  it('never seeds demo users or data in production, on the embedded database or PostgreSQL (issue 13.5)', () => {
    // What `pnpm start` gives a fresh clone is the demo instance, which is not production.
    const dir = dataDir();
    const demo = loadEnv({ SEN_DATA_DIR: dir });
    expect(demo).toMatchObject({ nodeEnv: 'development', demoMode: true, demoData: true });
    expect(loadEnv({ SEN_DATA_DIR: dir }).jwtSecret).toBe(demo.jwtSecret);

    // Production on the embedded database: no demo password, no demo data, a secret required.
    expect(() => loadEnv({ NODE_ENV: 'production', SEN_DATA_DIR: dataDir() })).toThrow(
      /demo password is refused in production[\s\S]*SEN_JWT_SECRET: required/,
    );
    const real = {
      NODE_ENV: 'production',
      SEN_ADMIN_PASSWORD: 'a-real-secret-1',
      SEN_JWT_SECRET: 'x'.repeat(40),
      SEN_DATA_DIR: dataDir(),
    };
    expect(loadEnv(real)).toMatchObject({ demoMode: false, demoData: false });
    // Asking for demo data by name is refused, not obeyed: its users have a public password.
    expect(() => loadEnv({ ...real, SEN_DEMO_DATA: 'true' })).toThrow(
      /SEN_DEMO_DATA: production never seeds demo data/,
    );
    expect(() =>
      loadEnv({ ...real, SEN_DEMO_DATA: 'true', DATABASE_URL: 'postgres://u@localhost/db' }),
    ).toThrow(/SEN_DEMO_DATA/);
    expect(loadEnv({ ...real, SEN_DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('starts the built server in production on the embedded database with no demo user', async () => {
    const main = path.resolve(__dirname, '../../../dist/main.js');
    const port = await freePort();
    const child = spawn(process.execPath, [main], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        SEN_ADMIN_PASSWORD: 'mot-mat-khau-that-2026',
        SEN_JWT_SECRET: 'y'.repeat(40),
        SEN_DATA_DIR: dataDir(),
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; ; i++) {
        if (i > 240 || child.exitCode !== null) throw new Error(`server did not start: ${out}`);
        const ok = await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const login = async (email: string, password: string) =>
        (await (
          await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
              variables: { e: email, p: password },
            }),
          })
        ).json()) as {
          data?: { login: { token: string } } | null;
          errors?: { extensions: { code: string } }[];
        };
      for (const demoUser of [
        'manager@sen.local',
        'staff1@sen.local',
        'staff2@sen.local',
        'admin@sen.local',
      ]) {
        const r = await login(demoUser, DEMO_PASSWORD);
        expect(r.data?.login?.token).toBeUndefined();
        expect(r.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      }
      expect((await login('admin@sen.local', 'mot-mat-khau-that-2026')).data?.login.token).toEqual(
        expect.any(String),
      );
      expect(out).not.toContain('Demo users');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }, 180_000);

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
