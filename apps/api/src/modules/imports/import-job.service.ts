import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, IMPORT_FIELDS, isImportModule, suggestMapping, translate, type Locale } from '@sen/shared';
import { Brackets, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { analyzeAfterBulkWrite } from '../../db/analyze';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import type { AuthUser } from '../../core/caller';
import type { FieldRuleService } from '../settings/field-rule.service';
import { detectFileKind, FILE_KINDS } from './import-file-check';
import { convertUpload } from './import-file.reader';
import type { ImportEngine } from './import-engine';
import {
  ImportJob,
  type ImportMode,
  ImportStatus,
  type ColumnMapping,
  type ImportField,
  type ImportRowError,
} from './import-job.entity';
import type { ImportModuleDescription, RowError } from './import-module';
import type { ImportJobFilter } from './import.inputs';
import { Semaphore } from '../../core/semaphore';
import { UUID } from '../../core/sql';

export interface ImportLimits {
  dataDir: string;
  maxBytes: number;
  maxRows: number;
  /** Uploads read at once by this process (the others wait): each holds a file's worth of work. */
  parallelReads?: number;
  /** How long a runner's claim on a job holds without renewal (seconds). */
  leaseSeconds?: number;
  /** This instance among those sharing the database (see Env.instanceId). */
  instanceId?: string;
}

/** Reading an upload is the heavy step of an upload storm: two at once per server process. */
export const PARALLEL_READS = 2;

/** A runner renews its claim every third of this; a claim this old is a runner gone. */
export const DEFAULT_LEASE_SECONDS = 30;

export interface RunOptions {
  mapping?: ColumnMapping[] | null;
  mode: ImportMode;
  dryRun?: boolean | null;
  convertOldMobilePrefixes?: boolean | null;
}

/**
 * Import jobs: upload, run (in the background, one at a time), history, and crash recovery.
 *
 * Several server instances may share one database (and one SEN_DATA_DIR, where the uploads sit).
 * A job's row says which process runs it (`runner`) and until when that claim holds
 * (`lease_until`): the runner renews it while the job runs or waits in its queue, and every batch
 * and the job's end commit only while the claim is still the runner's. Any instance polls the row;
 * one whose runner stopped renewing (a killed process, a lost host) is marked interrupted by
 * whichever instance sees it first, and resumes from its committed batches on `runImport`, on any
 * instance.
 */
export class ImportJobService {
  /** Runs queue up: one import at a time keeps memory and database load bounded. */
  private queue: Promise<void> = Promise.resolve();
  private readonly running = new Set<string>();
  /** Uploads being checked and converted; the others wait (memory and CPU stay bounded). */
  readonly reads: Semaphore;
  /** This process, as a job's `runner`: `<instance>/<pid>/<random>`. */
  readonly runner: string;
  private readonly instancePrefix: string;
  private readonly leaseSeconds: number;
  private leaseTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly dataSource: DataSource,
    private readonly rules: FieldRuleService,
    private readonly engine: ImportEngine,
    private readonly modules: Record<string, ImportModuleDescription>,
    readonly limits: ImportLimits,
  ) {
    this.reads = new Semaphore(limits.parallelReads ?? PARALLEL_READS);
    this.instancePrefix = `${limits.instanceId ?? 'sen'}/`;
    this.runner = `${this.instancePrefix}${process.pid}/${randomUUID().slice(0, 8)}`;
    this.leaseSeconds = limits.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  }

  get uploadDir(): string {
    return path.join(this.limits.dataDir, 'uploads');
  }

  rowsPath(jobId: string): string {
    return path.join(this.uploadDir, `${jobId}.rows.ndjson`);
  }

  description(module: string): ImportModuleDescription {
    const desc = this.modules[module];
    if (!isImportModule(module) || !desc) {
      throw new AppError('NOT_FOUND');
    }
    return desc;
  }

  /** Checks and converts an uploaded file; a job exists only for a file that can be read. */
  async createFromUpload(
    caller: AuthUser,
    module: string,
    fileName: string,
    tmpPath: string,
  ): Promise<ImportJob> {
    const desc = this.description(module);
    const id = randomUUID();
    const rowsPath = this.rowsPath(id);
    try {
      const { kind, columns, totalRows } = await this.reads.run(async () => {
        const kind = await detectFileKind(tmpPath, fileName);
        return { kind, ...(await convertUpload(tmpPath, kind, rowsPath, this.limits.maxRows)) };
      });
      const stored = path.join(this.uploadDir, `${id}.${kind}`);
      await rename(tmpPath, stored);
      const size = (await stat(stored)).size;
      await this.dataSource.query(
        `INSERT INTO import_job (id, module, file_name, file_kind, file_size, columns, suggested_mapping,
                                 total_rows, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          desc.module,
          fileName.slice(0, 255),
          kind,
          size,
          columns,
          JSON.stringify(suggestMapping(desc.module, columns)),
          totalRows,
          caller.id,
        ],
      );
      return this.dataSource.getRepository(ImportJob).findOneByOrFail({ id });
    } catch (err) {
      await rm(tmpPath, { force: true });
      await rm(rowsPath, { force: true });
      throw err;
    }
  }

  async newUploadPath(): Promise<string> {
    await mkdir(this.uploadDir, { recursive: true });
    return path.join(this.uploadDir, `${randomUUID()}.upload`);
  }

  /** A job is seen by its creator, an admin, and the creator's department manager. */
  async byId(caller: AuthUser, id: string): Promise<ImportJob> {
    if (!UUID.test(id)) {
      throw new AppError('NOT_FOUND');
    }
    const qb = this.dataSource.getRepository(ImportJob).createQueryBuilder('j').where('j.id = :id', { id });
    const job = await this.scope(qb, caller).getOne();
    if (!job) {
      throw new AppError('NOT_FOUND');
    }
    return job;
  }

  list(caller: AuthUser, filter: ImportJobFilter = {}, page: PageArgs) {
    const qb = this.dataSource.getRepository(ImportJob).createQueryBuilder('j');
    this.scope(qb, caller);
    if (filter.module) {
      qb.andWhere('j.module = :module', { module: filter.module });
    }
    if (filter.statuses?.length) {
      qb.andWhere('j.status IN (:...statuses)', { statuses: filter.statuses });
    }
    return paginate(qb, page, { expression: 'j.created_at', direction: SortDirection.DESC });
  }

  private scope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, caller: AuthUser) {
    if (caller.role === 'ADMIN') {
      return qb;
    }
    return qb.andWhere(
      new Brackets((w) => {
        w.where('j.created_by = :me', { me: caller.id });
        if (caller.role === 'MANAGER' && caller.departmentId) {
          w.orWhere('j.created_by IN (SELECT du.id FROM app_user du WHERE du.department_id = :dept)', {
            dept: caller.departmentId,
          });
        }
      }),
    );
  }

  /** The fields a column may be mapped to, with DUP-01's required ones marked. */
  async fields(job: ImportJob, locale: Locale): Promise<ImportField[]> {
    const desc = this.description(job.module);
    const rules = await this.rules.rules(desc.ruleModule);
    const required = new Set(rules.filter((r) => r.required).map((r) => r.field));
    return IMPORT_FIELDS[desc.module].map((f) => ({
      field: f.field,
      label: locale === 'en' ? f.en : f.vi,
      required: Boolean(f.required) || required.has(f.field) || required.has(`${f.field}Id`),
    }));
  }

  async errors(job: ImportJob, locale: Locale, first = 100): Promise<ImportRowError[]> {
    const rows: { row_no: number; reasons: RowError[] }[] = await this.dataSource.query(
      `SELECT row_no, reasons FROM import_row_error WHERE job_id = $1 ORDER BY row_no LIMIT $2`,
      [job.id, Math.min(Math.max(first, 0), 1000)],
    );
    return rows.flatMap((r) =>
      r.reasons.map((e) => ({
        row: r.row_no,
        field: e.field,
        message: translate(locale, e.message, e.params),
      })),
    );
  }

  failureMessage(job: ImportJob, locale: Locale): string | null {
    return job.failure ? translate(locale, job.failure, { row: job.processedRows }) : null;
  }

  /**
   * Starts a dry run, a run, or the rest of an interrupted run (FAILED: it redoes the batches that
   * did not commit, with the mapping and mode it had). Returns at once; progress is polled.
   */
  async run(caller: AuthUser, jobId: string, options: RunOptions): Promise<ImportJob> {
    const job = await this.byId(caller, jobId);
    if (job.createdBy !== caller.id) {
      throw new AppError('FORBIDDEN');
    }
    const desc = this.description(job.module);
    const resume = job.status === ImportStatus.FAILED && !job.dryRun && job.processedRows > 0;
    const fresh = job.status === ImportStatus.UPLOADED || (job.status === ImportStatus.DONE && job.dryRun);
    if ((!resume && !fresh && job.status !== ImportStatus.FAILED) || this.running.has(job.id)) {
      throw new AppError('BAD_USER_INPUT', { messageKey: 'import.notRunnable' });
    }
    const mapping = resume
      ? job.mapping!
      : this.checkMapping(job, desc, options.mapping ?? job.suggestedMapping);
    const mode = resume ? job.mode! : options.mode;
    const dryRun = resume ? false : Boolean(options.dryRun);
    const convert = resume ? job.convertOldMobilePrefixes : Boolean(options.convertOldMobilePrefixes);
    await this.dataSource.transaction(async (m) => {
      // Two clicks on "Nhập khẩu" at once: the row lock makes the second see RUNNING and stop.
      const [current]: { status: string }[] = await m.query(
        'SELECT status FROM import_job WHERE id = $1 FOR UPDATE',
        [job.id],
      );
      if (current.status !== job.status || current.status === ImportStatus.RUNNING) {
        throw new AppError('BAD_USER_INPUT', { messageKey: 'import.notRunnable' });
      }
      if (!resume) {
        await m.query('DELETE FROM import_row_error WHERE job_id = $1', [job.id]);
      }
      // A resumed run keeps its counts, batch size and committed batches; any other starts afresh.
      const restart = `, processed_rows = 0, created = 0, updated = 0, skipped = 0, failed = 0,
                         batch_size = NULL, done_batches = '{}'`;
      await m.query(
        `UPDATE import_job SET status = 'RUNNING', mapping = $2, mode = $3, dry_run = $4, convert_old_mobile = $5,
                started_at = now(), finished_at = NULL, failure = NULL,
                runner = $6, lease_until = now() + make_interval(secs => $7) ${resume ? '' : restart}
          WHERE id = $1`,
        [job.id, JSON.stringify(mapping), mode, dryRun, convert, this.runner, this.leaseSeconds],
      );
    });
    const started = await this.byId(caller, jobId);
    this.running.add(job.id);
    this.queue = this.queue.then(() => this.execute(started, desc, caller));
    return started;
  }

  private checkMapping(
    job: ImportJob,
    desc: ImportModuleDescription,
    mapping: ColumnMapping[],
  ): ColumnMapping[] {
    const known = new Set(desc.fields.map((f) => f.field));
    const byColumn = new Map(mapping.map((m) => [m.column, m.field]));
    const result = job.columns.map((column) => {
      const field = byColumn.get(column) ?? null;
      return { column, field: field && known.has(field) ? field : null };
    });
    if (mapping.some((m) => m.field && !known.has(m.field))) {
      throw AppError.badInput([{ field: 'mapping', message: 'v.invalid' }]);
    }
    const used = result.map((r) => r.field).filter(Boolean) as string[];
    const twice = used.find((f, i) => used.indexOf(f) !== i);
    if (twice) {
      throw new AppError('BAD_USER_INPUT', {
        messageKey: 'import.mappingTwice',
        params: { fieldLabel: this.label(desc, twice) },
        details: { fieldErrors: [{ field: 'mapping', message: 'import.mappingTwice' }] },
      });
    }
    const missing = desc.fields.find((f) => f.required && !used.includes(f.field));
    if (missing) {
      throw new AppError('BAD_USER_INPUT', {
        messageKey: 'import.requiredNotMapped',
        params: { fieldLabel: missing.vi },
        details: { fieldErrors: [{ field: 'mapping', message: 'import.requiredNotMapped' }] },
      });
    }
    return result;
  }

  private label(desc: ImportModuleDescription, field: string): string {
    return desc.fields.find((f) => f.field === field)?.vi ?? field;
  }

  private async execute(job: ImportJob, desc: ImportModuleDescription, caller: AuthUser): Promise<void> {
    try {
      await this.engine.run(job, desc, caller, this.rowsPath(job.id));
      if (!job.dryRun) {
        // Before DONE: the list the user opens next is planned on the imported rows.
        const [counts]: { changed: number }[] = await this.dataSource.query(
          `SELECT created + updated AS changed FROM import_job WHERE id = $1`,
          [job.id],
        );
        await analyzeAfterBulkWrite(this.dataSource, desc.tables, counts.changed);
      }
      await this.engine.finish(job, caller, desc);
      if (!job.dryRun) {
        // A finished run cannot run again: its file has served (the error report is in the database).
        await this.removeFiles(job.id);
      }
    } catch (err) {
      console.error(`[import] job ${job.id} failed:`, err);
      // Only while the job is still this process's: another instance may have taken it over.
      await this.dataSource
        .query(
          `UPDATE import_job SET status = 'FAILED', failure = 'import.crashed', finished_at = now(),
                  runner = NULL, lease_until = NULL
            WHERE id = $1 AND runner = $2 AND status = 'RUNNING'`,
          [job.id, this.runner],
        )
        .catch(() => undefined);
    } finally {
      this.running.delete(job.id);
    }
  }

  /**
   * At start-up: a RUNNING job whose claim lapsed, or that this very instance ran before it
   * restarted, has no process left. It is marked FAILED with its committed watermark, and its owner
   * resumes it with runImport. Resuming automatically is not done on purpose: the user may prefer
   * to check the data first.
   */
  async recoverInterrupted(): Promise<number> {
    return this.interrupt(`OR left(runner, length($1)) = $1`, [this.instancePrefix]);
  }

  /** A RUNNING job whose runner stopped renewing its claim: interrupted, as after a restart. */
  async expireLeases(): Promise<number> {
    return this.interrupt('', []);
  }

  private async interrupt(orWhere: string, params: unknown[]): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `UPDATE import_job SET status = 'FAILED', failure = 'import.interrupted', finished_at = now(),
              runner = NULL, lease_until = NULL
        WHERE status = 'RUNNING' AND (lease_until IS NULL OR lease_until < now() ${orWhere})`,
      params,
    )) as [unknown, number];
    return count;
  }

  /** Renews this process's claims: the jobs it runs and those waiting in its queue. */
  async renewLeases(): Promise<void> {
    if (this.running.size === 0) {
      return;
    }
    await this.dataSource.query(
      `UPDATE import_job SET lease_until = now() + make_interval(secs => $3)
        WHERE id = ANY($1::uuid[]) AND runner = $2 AND status = 'RUNNING'`,
      [[...this.running], this.runner, this.leaseSeconds],
    );
  }

  /** From start-up: renews this process's claims and looks for lapsed ones, a third of a lease apart. */
  startLeases(): void {
    const tick = async () => {
      try {
        await this.renewLeases();
        const lapsed = await this.expireLeases();
        if (lapsed > 0) {
          console.warn(`[import] ${lapsed} job(s) whose server stopped were marked interrupted`);
        }
      } catch (err) {
        // The database away for a moment: the next tick tries again.
        console.error('[import] lease check failed:', (err as Error).message);
      }
    };
    this.leaseTimer ??= setInterval(() => void tick(), Math.max(250, (this.leaseSeconds * 1000) / 3));
    this.leaseTimer.unref();
  }

  stopLeases(): void {
    if (this.leaseTimer) {
      clearInterval(this.leaseTimer);
      this.leaseTimer = null;
    }
  }

  private async removeFiles(jobId: string): Promise<void> {
    await Promise.all(
      [this.rowsPath(jobId), ...FILE_KINDS.map((k) => path.join(this.uploadDir, `${jobId}.${k}`))].map((f) =>
        rm(f, { force: true }),
      ),
    );
  }

  /**
   * At start-up: removes the files no job can use any more — uploads of finished runs, of deleted
   * jobs, and partial uploads left by a request that died (older than an hour). Files of jobs still
   * waiting for a run, a dry run's next step or a resume are kept.
   */
  async sweepUploads(now = Date.now()): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.uploadDir);
    } catch {
      return 0;
    }
    const idOf = (name: string) => /^([0-9a-f-]{36})\./.exec(name)?.[1] ?? null;
    const ids = [...new Set(names.map(idOf).filter((x): x is string => x !== null))];
    const live: { id: string }[] = ids.length
      ? await this.dataSource.query(
          `SELECT id::text FROM import_job WHERE id = ANY($1::uuid[]) AND NOT (status = 'DONE' AND NOT dry_run)`,
          [ids],
        )
      : [];
    const keep = new Set(live.map((r) => r.id));
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.uploadDir, name);
      const stale = name.endsWith('.upload')
        ? now - (await stat(file)).mtimeMs > 3600_000
        : idOf(name) !== null && !keep.has(idOf(name)!);
      if (stale) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  /** Waits for queued runs (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }
}
