import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Semaphore } from '../../../core/semaphore';
import { useTestApp } from '../../../test/harness';
import { upload, xlsx } from '../../../test/import-files';

const TABLES = ['import_job', 'import_row_error', 'customer', 'contact', 'audit_log'];

let admin: string;

const app = useTestApp(async (a) => ([admin] = await a.signIn('admin')), {
  SEN_IMPORT_MAX_BYTES: String(64 * 1024 * 1024),
});

const uploads = () => {
  try {
    return readdirSync(path.join(app.env.dataDir, 'uploads'));
  } catch {
    return [];
  }
};

async function refused(
  content: string | Buffer,
  message: RegExp,
  lang?: string,
  fileName = 'khach-hang.csv',
) {
  const before = await app.snapshot(TABLES);
  const files = uploads();
  const r = await upload(app, admin, 'customers', content, fileName, lang);
  expect(r.status).toBe(400);
  expect(r.body.code).toBe('BAD_USER_INPUT');
  expect(r.body.message).toMatch(message);
  expect(await app.snapshot(TABLES)).toEqual(before);
  expect(uploads()).toEqual(files);
}

describe('an upload with a cell or a line past the limits is refused, and nothing is imported', () => {
  it('refuses a cell longer than Excel allows (32,767 characters), naming its row and column', async () => {
    const csv = `Tên khách hàng,Ghi chú\nCông ty A,ngắn\nCông ty B,"${'x'.repeat(40_000)}"\n`;
    await refused(csv, /^Dòng 3, cột Ghi chú: ô dài quá 32,767 ký tự \(giới hạn của chính Excel\)/);
    await refused(csv, /^Row 3, column Ghi chú: a cell is longer than 32,767 characters/, 'en');
    // The same in a workbook (written by another tool than Excel).
    const book = await xlsx([
      ['Tên khách hàng', 'Ghi chú'],
      ['Công ty B', 'q'.repeat(40_000)],
    ]);
    await refused(book, /^Dòng 2, cột Ghi chú: ô dài quá 32,767 ký tự/, undefined, 'khach-hang.xlsx');
    // Exactly at the limit is a cell Excel could hold: read as usual.
    const ok = await upload(
      app,
      admin,
      'customers',
      `Tên khách hàng,Ghi chú\nCông ty C,"${'y'.repeat(32_767)}"\n`,
      'ok.csv',
    );
    expect(ok.status).toBe(201);
    expect(ok.body.totalRows).toBe(1);
  });

  it('refuses a line over 1 MB while reading it (a 12 MB cell, or many cells that add up)', async () => {
    await refused(
      `Tên khách hàng,Ghi chú\nCông ty A,"${'z'.repeat(12 * 1024 * 1024)}"\n`,
      /^Dòng 2 của tệp dài quá 1 MB/,
    );
    const wide = Array.from({ length: 40 }, () => 'w'.repeat(30_000)).join(',');
    await refused(`Tên khách hàng,Ghi chú\n${wide}\n`, /^Line 2 of the file is longer than 1 MB/, 'en');
  });
});

describe('uploads are read two at a time per server', () => {
  it('queues the rest of a storm of ten large uploads while /healthz keeps answering', async () => {
    const rows = Array.from(
      { length: 15_000 },
      (_, i) => `Công ty ${i},kh${i}@vi-du.vn,0901${String(i).padStart(6, '0')}`,
    );
    const csv = `Tên khách hàng,Email,Điện thoại\n${rows.join('\n')}\n`;
    const reads = app.server.services.imports.reads;
    expect(reads.size).toBe(2);

    let storming = true;
    const health: number[] = [];
    const probe = (async () => {
      while (storming) {
        const start = performance.now();
        const res = await fetch(`${app.url}/healthz`);
        expect(res.status).toBe(200);
        await res.json();
        health.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => upload(app, admin, 'customers', csv, `bao-${i}.csv`)),
    );
    storming = false;
    await probe;

    expect(results.map((r) => [r.status, r.body.totalRows])).toEqual(Array(10).fill([201, 15_000]));
    // Never more than two read at once; the others waited their turn.
    expect(reads.peakActive).toBe(2);
    expect(reads.peakWaiting).toBeGreaterThanOrEqual(1);
    expect(reads.running).toBe(0);
    expect(reads.queued).toBe(0);
    // The server kept answering all along. The bound is generous on purpose: this process is also
    // the ten clients, on a test machine others share; the reads being bounded is asserted above.
    expect(health.length).toBeGreaterThan(1);
    expect(Math.max(...health)).toBeLessThan(5000);
  });

  it('hands each slot to the next waiting task in arrival order', async () => {
    const slots = new Semaphore(2);
    const order: string[] = [];
    const gates = new Map<string, () => void>();
    const task = (name: string) =>
      slots.run(async () => {
        order.push(`start ${name}`);
        await new Promise<void>((resolve) => gates.set(name, resolve));
        order.push(`end ${name}`);
      });
    const all = ['a', 'b', 'c', 'd'].map(task);
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['start a', 'start b']);
    expect([slots.running, slots.queued]).toEqual([2, 2]);
    gates.get('b')!();
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['start a', 'start b', 'end b', 'start c']);
    gates.get('a')!();
    await new Promise((r) => setImmediate(r));
    gates.get('c')!();
    await new Promise((r) => setImmediate(r));
    gates.get('d')!();
    await Promise.all(all);
    expect(order.slice(-3)).toEqual(['start d', 'end c', 'end d']);
    expect([slots.running, slots.queued, slots.peakActive, slots.peakWaiting]).toEqual([0, 0, 2, 2]);
  });
});
