import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Pool } from 'pg';
import { openDatabase, type Database } from '../database';
import { preparedRows } from '../prepared';
import { migrations as allMigrations } from '../migrations';

// Always the embedded database: this is the guarantee of its single-session serialisation.
let db: Database;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sen-embedded-'));
  db = await openDatabase({ databaseUrl: undefined, dataDir: dir, logQueries: false });
  await db.dataSource.query('CREATE TABLE probe (id serial PRIMARY KEY, label text NOT NULL)');
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('embedded database', () => {
  it('keeps the committed row when an overlapping transaction rolls back', async () => {
    const rollingBack = db.dataSource.transaction(async (m) => {
      await m.query(`INSERT INTO probe (label) VALUES ('rolled back')`);
      await sleep(150);
      throw new Error('abort');
    });
    const committing = (async () => {
      await sleep(20); // starts while the other transaction is open
      await db.dataSource.transaction(async (m) => {
        await m.query(`INSERT INTO probe (label) VALUES ('committed')`);
      });
    })();
    await expect(rollingBack).rejects.toThrow('abort');
    await committing;
    const rows: { label: string }[] = await db.dataSource.query('SELECT label FROM probe ORDER BY id');
    expect(rows.map((r) => r.label)).toEqual(['committed']);
  });

  it('loses nothing under many concurrent transactions mixing commits and rollbacks', async () => {
    await db.dataSource.query('DELETE FROM probe');
    const runs = Array.from({ length: 30 }, (_, i) =>
      db.dataSource
        .transaction(async (m) => {
          await m.query('INSERT INTO probe (label) VALUES ($1)', [`t${i}`]);
          await sleep(i % 5);
          if (i % 3 === 0) {
            throw new Error('rollback');
          }
        })
        .then(
          () => `t${i}`,
          () => null,
        ),
    );
    const committed = (await Promise.all(runs)).filter((x): x is string => x !== null);
    const rows: { label: string }[] = await db.dataSource.query('SELECT label FROM probe');
    expect(rows.map((r) => r.label).sort()).toEqual(committed.sort());
    expect(committed).toHaveLength(20);
  });

  it('has the contrib extensions and folds Vietnamese with an immutable, indexable function', async () => {
    const ext: { extname: string }[] = await db.dataSource.query(
      'SELECT extname FROM pg_extension ORDER BY extname',
    );
    expect(ext.map((e) => e.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent', 'uuid-ossp']));
    const [folded] = await db.dataSource.query(`SELECT sen_fold('Nguyễn Văn Đức ĐÀ NẴNG') AS v`);
    expect(folded.v).toBe('nguyen van duc da nang');
  });

  it('serves a diacritic-insensitive search from the trigram index', async () => {
    const plan = await db.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await m.query(
        `EXPLAIN SELECT id FROM app_user WHERE sen_fold(name || ' ' || email) LIKE '%van du%'`,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('ix_app_user_search');
  });

  it('runs a hot read again after its connection was replaced (one session serves every connection)', async () => {
    const read = () => preparedRows(db.dataSource, 'SELECT count(*)::int AS n FROM probe WHERE id > $1', [0]);
    const before = await read();
    // The pool drops its connection (as it does after an idle while) and opens a new one.
    const pool = (db.dataSource.driver as unknown as { master: Pool }).master;
    const client = await pool.connect();
    client.release(true);
    await sleep(100);
    expect(await read()).toEqual(before);
  });

  it('reopens the same data directory with the data kept and migrations not re-run', async () => {
    await db.close();
    db = await openDatabase({ databaseUrl: undefined, dataDir: dir, logQueries: false });
    const rows: { n: number }[] = await db.dataSource.query('SELECT count(*)::int AS n FROM probe');
    expect(rows[0].n).toBe(20);
    const applied: { name: string }[] = await db.dataSource.query(
      'SELECT name FROM schema_migrations ORDER BY id',
    );
    expect(applied.map((m) => m.name)).toEqual(allMigrations.map((M) => new M().name));
  });
});
