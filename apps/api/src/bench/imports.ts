import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Client } from 'pg';
import { cliArgs } from '../config/cli-args';
import { BULK_EMAIL_DOMAIN } from '../db/seed/bulk-customers';
import { connect, failWith, login } from './harness';
import {
  checkCreated,
  copyReference,
  importBenchOptions,
  importFile,
  measure,
  writeXlsx,
  type Measure,
} from './import-steps';
import { start, stop } from './server';

/**
 * `pnpm bench:imports`: import a 100,000-row .xlsx and .csv (10% duplicates of existing customers,
 * 1% invalid rows) into a database with 1,000,000 customers, dry run and run, and export 100,000
 * customers; end to end over HTTP against the built server. Reference: psql `\copy` of the same
 * rows into the customer table (rolled back).
 */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

function taxCode(n: number): string {
  for (let k = n; ; k++) {
    const nine = String(100000000 + (k % 899999999)).slice(0, 9);
    const sum = WEIGHTS.reduce((a, w, i) => a + w * Number(nine[i]), 0);
    const check = 10 - (sum % 11);
    if (check < 10) {
      return `${nine}${check}`;
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      ...importBenchOptions(4304),
      'export-only': { type: 'boolean', default: false },
    },
  });
  const n = Number(values.rows);
  const sql = await connect(values.db!);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-bench-imports-'));
  const results: Measure[] = [];
  const serverEnv = { DATABASE_URL: values.db!, SEN_DATA_DIR: dir, SEN_DEMO_DATA: 'false' };
  let server = await start(serverEnv, Number(values.port));
  try {
    const base = Number((await sql.query('SELECT count(*) AS n FROM customer')).rows[0].n);
    const admin = (
      await sql.query(`SELECT id, email FROM app_user WHERE role = 'ADMIN' AND email LIKE $1 LIMIT 1`, [
        `%@${BULK_EMAIL_DOMAIN}`,
      ])
    ).rows[0] as { id: string; email: string };
    const token = await login(server.url, admin.email);
    const dupes = (await sql.query(`SELECT email FROM customer WHERE email IS NOT NULL LIMIT $1`, [n / 10]))
      .rows as { email: string }[];
    const run = Date.now().toString(36);
    const rows: string[][] = [];
    const failures: string[] = [];
    for (let i = 0; i < n; i++) {
      const invalid = i % 100 === 50;
      const dup = i % 10 === 5 ? dupes[Math.floor(i / 10)]?.email : undefined;
      rows.push([
        `Công ty Nhập ${run} ${i}`,
        taxCode(i * 7919 + (Number.parseInt(run, 36) % 100000)),
        invalid ? '12345' : `08${String(i).padStart(8, '0')}`,
        dup ?? `nhap${i}.${run}@bench.vn`,
        '15/03/2020',
        `Số ${i} đường Lê Lợi, Quận 1, TP. Hồ Chí Minh`,
      ]);
    }
    const header = [
      'Tên khách hàng',
      'Mã số thuế',
      'Điện thoại',
      'Email',
      'Ngày thành lập',
      'Địa chỉ văn phòng',
    ];
    const xlsxPath = path.join(dir, 'bench.xlsx');
    await writeXlsx(xlsxPath, 'Data', header, rows);
    const csvPath = path.join(dir, 'bench.csv');
    // Taxes and phones differ per file, so the two runs do not skip each other's rows; like the
    // .xlsx file's 080…, the phones' 087… is no prefix the bulk base draws from (MOBILE_PREFIXES):
    // 07… met 207 of the base's numbers on one seed, which the run rightly skipped as duplicates.
    const csvRows = rows.map((r, i) => [
      r[0] + ' csv',
      taxCode(i * 104729 + 500000),
      r[2] === '12345' ? r[2] : `087${String(i).padStart(7, '0')}`,
      r[3].replace('@bench.vn', '.csv@bench.vn'),
      r[4],
      r[5],
    ]);
    writeFileSync(csvPath, [header, ...csvRows].map((r) => r.join(';')).join('\n'));

    const files = values['export-only']
      ? []
      : ([
          ['xlsx', xlsxPath],
          ['csv', csvPath],
        ] as const);
    for (const [kind, file] of files) {
      const target = { target: 'customers', kind, file, rows: n };
      const { jobId, job } = await importFile({ server, sql, token, results }, target);
      const source = kind === 'xlsx' ? rows : csvRows;
      failures.push(...checkCreated(kind, source, job, await createdCustomers(sql, jobId)));
      await stop(server);
      server = await start(serverEnv, Number(values.port));
    }

    // Owners whose customers add up to about `n`: the export of the list filtered by owner.
    const counts = (
      await sql.query(
        `SELECT owner_id, count(*)::int AS n FROM customer WHERE deleted_at IS NULL GROUP BY owner_id ORDER BY 2`,
      )
    ).rows as { owner_id: string; n: number }[];
    const owners: string[] = [];
    let total = 0;
    for (const c of counts) {
      if (total >= n) {
        break;
      }
      owners.push(c.owner_id);
      total += c.n;
    }
    const exportToken = await login(server.url, admin.email);
    for (const format of ['xlsx', 'csv']) {
      const t0 = performance.now();
      const filter = encodeURIComponent(JSON.stringify({ ownerIds: owners }));
      const res = await fetch(`${server.url}/files/export/customers.${format}?filter=${filter}`, {
        headers: { authorization: `Bearer ${exportToken}` },
      });
      const bytes = (await res.arrayBuffer()).byteLength;
      const s = (performance.now() - t0) / 1000;
      const count = Number(
        (
          await sql.query(
            `SELECT count(*) AS n FROM customer WHERE owner_id = ANY($1::uuid[]) AND deleted_at IS NULL`,
            [owners],
          )
        ).rows[0].n,
      );
      results.push(measure(`export ${format} (${Math.round(bytes / 1024 / 1024)} MB)`, count, s, server));
    }

    const esc = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const copy = copyReference(
      values.db!,
      dir,
      'customer (code, name, email, phone, tax_code, founded_on, office_address, owner_id)',
      rows.map((r, i) => [`CP${i}`, r[0], r[3], r[2], r[1], '2020-03-15', r[5], admin.id].map(esc).join(',')),
    );
    results.push(copy);
    console.log(`\nbase: ${base} customers; ${os.cpus().length} cores`);
    console.table(results);
    console.log(
      'reference: psql \\copy writes the same 100,000 rows (6 columns and the owner) into customer in one\n' +
        'transaction with every index and the level-counter trigger, then rolls back. It does not\n' +
        'validate, check duplicates, draw codes, write audit entries or commit, all of which the import does.',
    );
    const e2e = results.find((r) => r.step.startsWith('xlsx end to end'));
    console.log(
      e2e &&
        `xlsx import end to end = ${((e2e.rowsPerSecond / copy.rowsPerSecond) * 100).toFixed(0)}% of COPY's rate`,
    );
    failWith(failures, 'CONTENT CHECK(S) FAILED', 20);
  } finally {
    await stop(server);
    await sql.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every created customer of the job as its file row's cells, to check against the file (each
 * expected row once, with its name, tax code, phone, e-mail and office address as written,
 * Vietnamese text included; the job's counts against the file's make-up).
 */
async function createdCustomers(sql: Client, jobId: string) {
  const { rows } = await sql.query(
    `SELECT name, tax_code, phone, email, to_char(founded_on, 'DD/MM/YYYY') AS founded, office_address
       FROM customer WHERE import_job_id = $1`,
    [jobId],
  );
  return (rows as Record<string, string>[]).map((r) => ({
    cells: [r.name, r.tax_code, r.phone, r.email, r.founded, r.office_address],
  }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
