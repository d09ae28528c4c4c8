import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Client } from 'pg';
import { benchOptions } from '../config/cli-args';
import { gql } from './harness';
import type { Started } from './server';

/**
 * The import benches' common steps (bench:imports, bench:care-import): a file written, uploaded,
 * dry-run and run over HTTP, each step measured; its created rows against the file's make-up; and
 * the psql `\copy` reference.
 */
export interface Measure {
  step: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
}

export interface JobCounts {
  created: number;
  skipped: number;
  failed: number;
}

/**
 * The options of the import benches: those of every bench (on their database, a copy of
 * `sen_bench` they write into), and `--rows`, how many rows the file has.
 */
export function importBenchOptions(port: number) {
  return { ...benchOptions('sen_bench_imp', port), rows: { type: 'string', default: '100000' } } as const;
}

/** The server's peak resident memory so far (VmHWM), in MB. */
function peakRss(s: Started): number {
  const status = readFileSync(`/proc/${s.child.pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024);
}

export function measure(step: string, rows: number, seconds: number, s: Started): Measure {
  return {
    step,
    rows,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMb: peakRss(s),
  };
}

/** A header and rows as an .xlsx written as a stream (inline strings). */
export async function writeXlsx(
  file: string,
  sheet: string,
  header: string[],
  rows: string[][],
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header).commit();
  for (const r of rows) {
    ws.addRow(r).commit();
  }
  ws.commit();
  await wb.commit();
}

async function uploadFile(url: string, token: string, target: string, file: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(file)]), path.basename(file));
  const res = await fetch(`${url}/files/import/${target}`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await res.json()) as { jobId?: string };
  if (!body.jobId) {
    throw new Error(`upload: HTTP ${res.status} ${JSON.stringify(body)}`);
  }
  return body.jobId;
}

/** Runs (or dry-runs) a job, skipping duplicates, and waits until it is done: the seconds it took. */
async function runJob(url: string, token: string, jobId: string, dryRun: boolean): Promise<number> {
  const t0 = performance.now();
  await gql(
    url,
    token,
    `mutation($id: ID!, $d: Boolean) { runImport(jobId: $id, mode: SKIP_DUPLICATES, dryRun: $d) { id } }`,
    { id: jobId, d: dryRun },
  );
  for (;;) {
    const r = await gql(url, token, `query($id: ID!) { importJob(id: $id) { status } }`, { id: jobId });
    const status = (r.importJob as { status: string }).status;
    if (status === 'FAILED') {
      throw new Error(`import ${jobId} failed`);
    }
    if (status === 'DONE') {
      return (performance.now() - t0) / 1000;
    }
    await new Promise((res) => setTimeout(res, 100));
  }
}

/**
 * A file of `rows` rows imported into `target` (`/files/import/<target>`): upload, dry run, run;
 * each step measured (a run per created row, not per file row) into `results`.
 */
export async function importFile(
  { server, sql, token, results }: { server: Started; sql: Client; token: string; results: Measure[] },
  options: { target: string; kind: string; file: string; rows: number },
): Promise<{ jobId: string; job: JobCounts }> {
  const { kind, rows } = options;
  const t0 = performance.now();
  const jobId = await uploadFile(server.url, token, options.target, options.file);
  const tUp = (performance.now() - t0) / 1000;
  results.push(measure(`${kind} upload (parse, check, convert)`, rows, tUp, server));
  const tDry = await runJob(server.url, token, jobId, true);
  results.push(measure(`${kind} dry run`, rows, tDry, server));
  const tRun = await runJob(server.url, token, jobId, false);
  const job = (await sql.query('SELECT created, skipped, failed FROM import_job WHERE id = $1', [jobId]))
    .rows[0] as JobCounts;
  console.log(`${kind}: ${JSON.stringify(job)}`);
  results.push(measure(`${kind} run (SKIP_DUPLICATES), per created row`, job.created, tRun, server));
  results.push(
    measure(`${kind} end to end (upload + run), per created row`, job.created, tUp + tRun, server),
  );
  return { jobId, job };
}

/**
 * The bench files' make-up: row i % 100 = 50 invalid, i % 10 = 5 a duplicate, every other row new.
 * The new rows by their first cell, and a problem when the job's counts differ from that.
 */
export function expectedRows(kind: string, source: string[][], job: JobCounts) {
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
  return { expected, problems };
}

/**
 * Compares each created row (its cells in file order, keyed by the first) with its file row: each
 * expected once, as written. `more` adds a problem of its own for a row that matches.
 */
export function compareRows(
  kind: string,
  expected: Map<string, string[]>,
  got: { cells: unknown[]; more?: string | null }[],
  problems: string[],
): void {
  const seen = new Set<string>();
  for (const { cells, more } of got) {
    const key = cells[0] as string;
    const want = expected.get(key);
    if (!want || seen.has(key)) {
      problems.push(`${kind}: unexpected or repeated row ${JSON.stringify(cells)}`);
    } else if (JSON.stringify(cells) !== JSON.stringify(want)) {
      problems.push(`${kind}: ${JSON.stringify(cells)} ≠ file ${JSON.stringify(want)}`);
    } else if (more) {
      problems.push(`${kind}: ${key}: ${more}`);
    }
    seen.add(key);
  }
  if (seen.size !== expected.size) {
    problems.push(`${kind}: ${seen.size} rows found of ${expected.size} expected`);
  }
}

/**
 * A job's created rows (`got`, see `compareRows`) against the file: the problems found (`more`
 * added to them), their count logged.
 */
export function checkCreated(
  kind: string,
  source: string[][],
  job: JobCounts,
  got: { cells: unknown[]; more?: string | null }[],
  more: string[] = [],
): string[] {
  const { expected, problems } = expectedRows(kind, source, job);
  compareRows(kind, expected, got, problems);
  problems.push(...more);
  console.log(`${kind}: content of ${got.length} created rows checked, ${problems.length} problem(s)`);
  return problems;
}

/**
 * The reference: psql `\copy` of the same rows (CSV lines) into `table (columns)`, inside a
 * transaction that is rolled back, measured.
 */
export function copyReference(db: string, dir: string, table: string, csvLines: string[]): Measure {
  const file = path.join(dir, 'copy.csv');
  writeFileSync(file, csvLines.join('\n'));
  const script = `BEGIN;\n\\timing on\n\\copy ${table} from '${file}' csv\nROLLBACK;\n`;
  const out = spawnSync('psql', [db, '-X', '-q'], { input: script, encoding: 'utf8' });
  const ms = /Time: ([\d.]+) ms/.exec(out.stdout)?.[1];
  if (!ms) {
    throw new Error(`psql copy failed: ${out.stderr}`);
  }
  const seconds = Number(ms) / 1000;
  return {
    step: `reference: psql \\copy into ${table.split(' ')[0]} (see below)`,
    rows: csvLines.length,
    seconds,
    rowsPerSecond: Math.round(csvLines.length / seconds),
    peakRssMb: 0,
  };
}
