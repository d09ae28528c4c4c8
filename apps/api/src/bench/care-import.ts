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
  writeXlsx,
  type Measure,
} from './import-steps';
import { conditions, start, stop } from './server';

/**
 * `pnpm bench:care-import` (issue 18): a 100,000-row care-card .xlsx and .csv (10 % of the codes
 * those of existing cards, 1 % with a channel outside the admin list) uploaded, dry-run and run
 * (SKIP_DUPLICATES) over HTTP against the built server, by the bulk ADMIN, into a database with the
 * 1M-customer base and its care cards (`pnpm seed:care`). It writes into its database: run it on a
 * fresh copy (`createdb -T sen_bench sen_bench_imp`, made while nobody uses sen_bench; the same copy
 * serves `bench:imports`). Target: ≥ 10,000 created rows/s end to end (upload + run).
 *
 * Every created card is compared with its file row cell by cell (code, customer, order number,
 * care date, channel, satisfaction, result, notes, tags, unit), with its owner, creator and search
 * text, and the job's counts with the file's make-up; any difference fails the bench. Reference:
 * psql `\copy` of the same rows into care_card (rolled back).
 */
const HEADER = [
  'Mã thẻ',
  'Mã khách hàng',
  'Số đơn hàng',
  'Ngày chăm sóc',
  'Kênh chăm sóc',
  'Mức độ hài lòng',
  'Kết quả',
  'Ghi chú',
  'Thẻ',
  'Đơn vị',
];
const RESULTS = ['Khách hài lòng', 'Hẹn gọi lại', 'Đã giải đáp thắc mắc', ''];
const TAGS = ['', 'VIP', 'VIP, Tết', 'Sau bán'];
const TARGET = 10_000;

interface Base {
  admin: { id: string; email: string };
  customers: { id: string; code: string }[];
  units: { id: string; name: string }[];
  channels: string[];
  satisfactions: string[];
  existingCodes: string[];
}

/** The file's rows: i % 10 = 5 an existing card's code, i % 100 = 50 a channel not in the list. */
function fileRows(n: number, base: Base, run: string, kind: string): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    rows.push([
      i % 10 === 5
        ? base.existingCodes[Math.floor(i / 10) % base.existingCodes.length]
        : `NK${kind}${run}${i}`,
      base.customers[(i * 7919) % base.customers.length].code,
      `DH-${run}-${i}`,
      `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2026`,
      i % 100 === 50 ? 'Bồ câu đưa thư' : base.channels[i % base.channels.length],
      i % 7 === 3 ? '' : base.satisfactions[i % base.satisfactions.length],
      RESULTS[i % RESULTS.length],
      i % 4 === 0 ? `Khách dặn gọi buổi sáng, lần ${i}` : '',
      TAGS[i % TAGS.length],
      base.units[i % base.units.length].name,
    ]);
  }
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      ...importBenchOptions(4129),
      formats: { type: 'string', default: 'xlsx,csv' },
    },
  });
  const n = Number(values.rows);
  const sql = await connect(values.db!);
  const base = await readBase(sql, n);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-bench-care-import-'));
  const results: Measure[] = [];
  const failures: string[] = [];
  const serverEnv = { DATABASE_URL: values.db!, SEN_DATA_DIR: dir, SEN_DEMO_DATA: 'false' };
  let server = await start(serverEnv, Number(values.port));
  const size = (
    await sql.query(
      `SELECT (SELECT count(*) FROM customer)::int AS customers, (SELECT count(*) FROM care_card)::int AS "careCards"`,
    )
  ).rows[0] as Record<string, number>;
  const run = Date.now().toString(36).toUpperCase();
  try {
    let last: string[][] = [];
    for (const kind of values.formats.split(',')) {
      const rows = fileRows(n, base, run, kind.toUpperCase());
      last = rows;
      const file = path.join(dir, `the-cham-soc.${kind}`);
      if (kind === 'xlsx') {
        await writeXlsx(file, 'Thẻ chăm sóc', HEADER, rows);
      } else if (kind === 'csv') {
        const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
        writeFileSync(file, [HEADER, ...rows].map((r) => r.map(cell).join(';')).join('\n'));
      } else {
        throw new Error(`--formats: xlsx or csv, not ${kind}`);
      }
      const token = await login(server.url, base.admin.email);
      const into = { target: 'care-cards', kind, file, rows: n };
      const { jobId, job } = await importFile({ server, sql, token, results }, into);
      const audited = await auditProblems(sql, kind, jobId);
      failures.push(...checkCreated(kind, rows, job, await createdCards(sql, jobId, base), audited));
      await stop(server);
      server = await start(serverEnv, Number(values.port));
    }
    results.push(copyReference(values.db!, dir, CARD_COLUMNS, copyLines(last, base)));
    console.log(`\nbase: ${JSON.stringify(size)}; ${JSON.stringify(await conditions(sql))}`);
    console.table(results);
    console.log(
      'reference: psql \\copy writes the same rows (code, customer, order number, care date, channel,\n' +
        'satisfaction, result, notes, tags, unit, owner, creator) into care_card in one transaction with\n' +
        'every index and the search-text trigger, then rolls back. It does not read a file, look customers\n' +
        'up, validate, check duplicates, write audit entries or commit, all of which the import does.',
    );
    for (const r of results.filter((x) => x.step.includes('end to end'))) {
      const ok = r.rowsPerSecond >= TARGET;
      console.log(`${r.step}: ${r.rowsPerSecond} rows/s — target ≥ ${TARGET}: ${ok ? 'met' : 'MISSED'}`);
      if (!ok) {
        process.exitCode = 1;
      }
    }
    failWith(failures, 'CONTENT CHECK(S) FAILED', 20);
  } finally {
    await stop(server);
    await sql.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function readBase(sql: Client, n: number): Promise<Base> {
  const admin = (
    await sql.query(`SELECT id, email FROM app_user WHERE role = 'ADMIN' AND email LIKE $1 LIMIT 1`, [
      `%@${BULK_EMAIL_DOMAIN}`,
    ])
  ).rows[0] as { id: string; email: string } | undefined;
  if (!admin) {
    throw new Error('no bulk data: run `pnpm seed:bulk -- --customers …` and `pnpm seed:care` first');
  }
  const names = async (text: string, params: unknown[] = []) =>
    ((await sql.query(text, params)).rows as { v: string }[]).map((r) => r.v);
  // Customers spread over the base (ids are random), one per file row at most.
  const customers = (
    await sql.query(`SELECT id, code FROM customer WHERE deleted_at IS NULL ORDER BY id LIMIT $1`, [n])
  ).rows as { id: string; code: string }[];
  const base: Base = {
    admin,
    customers,
    units: (
      await sql.query(
        `SELECT DISTINCT d.id, d.name FROM department d JOIN app_user u ON u.department_id = d.id
          WHERE u.email LIKE $1 ORDER BY d.name`,
        [`%@${BULK_EMAIL_DOMAIN}`],
      )
    ).rows as { id: string; name: string }[],
    channels: await names(
      `SELECT name AS v FROM category WHERE kind = 'CARE_CHANNEL' ORDER BY sort_order, name`,
    ),
    satisfactions: await names(
      `SELECT name AS v FROM category WHERE kind = 'CARE_SATISFACTION' ORDER BY sort_order, name`,
    ),
    existingCodes: await names(
      `SELECT code AS v FROM care_card WHERE deleted_at IS NULL ORDER BY id LIMIT $1`,
      [Math.ceil(n / 10)],
    ),
  };
  if (base.existingCodes.length < Math.ceil(n / 10) || base.units.length === 0) {
    throw new Error('too few care cards or units: run `pnpm seed:care` first');
  }
  return base;
}

/**
 * Every created card of the job as its file row's cells, to check against the file (each expected
 * row once, cell by cell as written, Vietnamese text included; the job's counts against the file's
 * make-up), and whether it is owned and created by the importer, with the search text the trigger writes.
 */
async function createdCards(sql: Client, jobId: string, base: Base) {
  const { rows } = await sql.query(
    `SELECT cc.code, c.code AS customer_code, cc.order_number, to_char(cc.care_date, 'DD/MM/YYYY') AS care_date,
            coalesce(cc.channel, '') AS channel, coalesce(cc.satisfaction, '') AS satisfaction,
            coalesce(cc.result, '') AS result, coalesce(cc.notes, '') AS notes,
            array_to_string(cc.tags, ', ') AS tags, coalesce(d.name, '') AS unit,
            cc.owner_id = $2 AND cc.created_by = $2 AS owned,
            cc.search_text = sen_fold(concat_ws(' ', cc.code, cc.order_number, c.code || ' ' || c.name)) AS searchable
       FROM care_card cc JOIN customer c ON c.id = cc.customer_id LEFT JOIN department d ON d.id = cc.unit_id
      WHERE cc.import_job_id = $1`,
    [jobId, base.admin.id],
  );
  return (rows as Record<string, string | boolean>[]).map((r) => ({
    cells: [
      r.code,
      r.customer_code,
      r.order_number,
      r.care_date,
      r.channel,
      r.satisfaction,
      r.result,
      r.notes,
      r.tags,
      r.unit,
    ],
    more:
      !r.owned || !r.searchable
        ? `owner/creator ${String(r.owned)}, search text ${String(r.searchable)}`
        : null,
  }));
}

/** A problem when the job has no IMPORT audit entry. */
async function auditProblems(sql: Client, kind: string, jobId: string): Promise<string[]> {
  const audits = (
    await sql.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'IMPORT' AND module = 'care-cards' AND record_id = $1`,
      [jobId],
    )
  ).rows[0] as { n: number };
  return audits.n === 0 ? [`${kind}: no IMPORT audit entry for the job`] : [];
}

const CARD_COLUMNS =
  'care_card (code, customer_id, order_number, care_date, channel, satisfaction, result, notes, tags, unit_id, owner_id, created_by)';

/** The file's rows as care_card rows for psql `\copy` (CSV), in CARD_COLUMNS. */
function copyLines(rows: string[][], base: Base): string[] {
  // Quoted, except an empty cell: unquoted, CSV reads it as NULL.
  const esc = (v: string) => (v === '' ? '' : `"${v.replace(/"/g, '""')}"`);
  const byCode = new Map(base.customers.map((c) => [c.code, c.id]));
  const unitOf = new Map(base.units.map((u) => [u.name, u.id]));
  const iso = (d: string) => `${d.slice(6)}-${d.slice(3, 5)}-${d.slice(0, 2)}`;
  return rows.map((r, i) =>
    [
      `CP${i}`,
      byCode.get(r[1])!,
      r[2],
      iso(r[3]),
      r[4],
      r[5],
      r[6],
      r[7],
      `{${r[8]
        .split(', ')
        .filter(Boolean)
        .map((t) => `"${t}"`)
        .join(',')}}`,
      unitOf.get(r[9])!,
      base.admin.id,
      base.admin.id,
    ]
      .map(esc)
      .join(','),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
