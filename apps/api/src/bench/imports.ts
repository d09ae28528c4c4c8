import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { benchOptions, cliArgs } from '../config/cli-args';
import { BULK_EMAIL_DOMAIN, BULK_PASSWORD } from '../db/seed/bulk-customers';
import { start, stop, type Started } from './server';

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

interface Measure {
  step: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
}

function peakRss(s: Started): number {
  const status = readFileSync(`/proc/${s.child.pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      ...benchOptions('sen_bench_imp', 4304),
      rows: { type: 'string', default: '100000' },
      'export-only': { type: 'boolean', default: false },
    },
  });
  const n = Number(values.rows);
  const sql = new Client({ connectionString: values.db });
  await sql.connect();
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
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useSharedStrings: false });
    const ws = wb.addWorksheet('Data');
    ws.addRow(header).commit();
    for (const r of rows) {
      ws.addRow(r).commit();
    }
    ws.commit();
    await wb.commit();
    const csvPath = path.join(dir, 'bench.csv');
    // Taxes and phones differ per file, so the two runs do not skip each other's rows.
    const csvRows = rows.map((r, i) => [
      r[0] + ' csv',
      taxCode(i * 104729 + 500000),
      r[2] === '12345' ? r[2] : `07${String(i).padStart(8, '0')}`,
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
      const t0 = performance.now();
      const jobId = await uploadFile(server.url, token, file);
      const tUp = (performance.now() - t0) / 1000;
      results.push(measure(`${kind} upload (parse, check, convert)`, n, tUp, server));
      const tDry = await runJob(server.url, token, jobId, true);
      results.push(measure(`${kind} dry run`, n, tDry, server));
      const tRun = await runJob(server.url, token, jobId, false);
      const job = (await sql.query('SELECT created, skipped, failed FROM import_job WHERE id = $1', [jobId]))
        .rows[0] as { created: number; skipped: number; failed: number };
      console.log(`${kind}: ${JSON.stringify(job)}`);
      // The rates of a run divide by the rows it created, not by the file's rows.
      results.push(measure(`${kind} run (SKIP_DUPLICATES), per created row`, job.created, tRun, server));
      results.push(
        measure(`${kind} end to end (upload + run), per created row`, job.created, tUp + tRun, server),
      );
      const source = kind === 'xlsx' ? rows : csvRows;
      failures.push(...(await checkContent(sql, kind, jobId, source, job)));
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

    const copy = copyReference(values.db!, rows, admin.id, dir);
    results.push({
      step: 'reference: psql \\copy into customer (see below)',
      rows: n,
      seconds: copy,
      rowsPerSecond: Math.round(n / copy),
      peakRssMb: 0,
    });
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
        `xlsx import end to end = ${((e2e.rowsPerSecond / (n / copy)) * 100).toFixed(0)}% of COPY's rate`,
    );
    if (failures.length > 0) {
      console.error(`\n${failures.length} CONTENT CHECK(S) FAILED:\n${failures.slice(0, 20).join('\n')}`);
      process.exitCode = 1;
    }
  } finally {
    await stop(server);
    await sql.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every created customer of the job, cell by cell, against the file: the rows expected (not a
 * duplicate, not invalid), each once, with its name, tax code, phone, e-mail and office address as
 * written (Vietnamese text included); and the job's counts against the file's make-up.
 */
async function checkContent(
  sql: Client,
  kind: string,
  jobId: string,
  source: string[][],
  job: { created: number; skipped: number; failed: number },
): Promise<string[]> {
  const problems: string[] = [];
  const expected = new Map<string, string[]>();
  source.forEach((r, i) => {
    if (i % 100 !== 50 && i % 10 !== 5) {
      expected.set(r[0], r);
    }
  });
  const invalid = source.filter((_, i) => i % 100 === 50).length;
  const dupes = source.filter((_, i) => i % 10 === 5).length;
  if (job.created !== expected.size || job.failed !== invalid || job.skipped !== dupes) {
    problems.push(
      `${kind}: job counts ${JSON.stringify(job)}, file: ${expected.size} new, ${dupes} duplicates, ${invalid} invalid`,
    );
  }
  const { rows } = await sql.query(
    `SELECT name, tax_code, phone, email, to_char(founded_on, 'DD/MM/YYYY') AS founded, office_address
       FROM customer WHERE import_job_id = $1`,
    [jobId],
  );
  const seen = new Set<string>();
  for (const r of rows as Record<string, string>[]) {
    const want = expected.get(r.name);
    const got = [r.name, r.tax_code, r.phone, r.email, r.founded, r.office_address];
    if (!want || seen.has(r.name)) {
      problems.push(`${kind}: unexpected or repeated row ${JSON.stringify(got)}`);
    } else if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`${kind}: ${JSON.stringify(got)} ≠ file ${JSON.stringify(want)}`);
    }
    seen.add(r.name);
  }
  if (seen.size !== expected.size) {
    problems.push(`${kind}: ${seen.size} rows found of ${expected.size} expected`);
  }
  console.log(`${kind}: content of ${rows.length} created rows checked, ${problems.length} problem(s)`);
  return problems;
}

function measure(step: string, rows: number, seconds: number, s: Started): Measure {
  return {
    step,
    rows,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMb: peakRss(s),
  };
}

async function login(url: string, email: string): Promise<string> {
  const r = await gql(
    url,
    null,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    {
      e: email,
      p: BULK_PASSWORD,
    },
  );
  return (r.login as { token: string }).token;
}

async function gql(url: string, token: string | null, query: string, variables: object) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: Record<string, unknown>; errors?: unknown };
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }
  return body.data;
}

async function uploadFile(url: string, token: string, file: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(file)]), path.basename(file));
  const res = await fetch(`${url}/files/import/customers`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await res.json()) as { jobId: string };
  if (!body.jobId) {
    throw new Error(JSON.stringify(body));
  }
  return body.jobId;
}

async function runJob(url: string, token: string, jobId: string, dryRun: boolean): Promise<number> {
  const t0 = performance.now();
  await gql(
    url,
    token,
    `mutation($id: ID!, $d: Boolean) { runImport(jobId: $id, mode: SKIP_DUPLICATES, dryRun: $d) { id } }`,
    {
      id: jobId,
      d: dryRun,
    },
  );
  for (;;) {
    const r = await gql(url, token, `query($id: ID!) { importJob(id: $id) { status } }`, { id: jobId });
    const status = (r.importJob as { status: string }).status;
    if (status === 'FAILED') {
      throw new Error('import failed');
    }
    if (status === 'DONE') {
      return (performance.now() - t0) / 1000;
    }
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** psql `\copy` of the same rows into customer, inside a transaction that is rolled back. */
function copyReference(db: string, rows: string[][], ownerId: string, dir: string): number {
  const file = path.join(dir, 'copy.csv');
  const esc = (v: string) => `"${v.replace(/"/g, '""')}"`;
  writeFileSync(
    file,
    rows
      .map((r, i) => [`CP${i}`, r[0], r[3], r[2], r[1], '2020-03-15', r[5], ownerId].map(esc).join(','))
      .join('\n'),
  );
  const script = `BEGIN;\n\\timing on\n\\copy customer (code, name, email, phone, tax_code, founded_on, office_address, owner_id) from '${file}' csv\nROLLBACK;\n`;
  const out = spawnSync('psql', [db, '-X', '-q'], { input: script, encoding: 'utf8' });
  const ms = /Time: ([\d.]+) ms/.exec(out.stdout)?.[1];
  if (!ms) {
    throw new Error(`psql copy failed: ${out.stderr}`);
  }
  return Number(ms) / 1000;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
