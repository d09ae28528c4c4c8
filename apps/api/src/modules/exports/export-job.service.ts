import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { AppError, translate, type Locale } from '@sen/shared';
import { MoreThan, type DataSource } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { Semaphore } from '../../core/semaphore';
import { isUuid } from '../../core/sql';
import { ExportJob, ExportJobStatus } from './export-job.entity';
import { watchRows } from './export-progress';

/** a finished file is kept this long, then deleted with its job. */
export const EXPORT_KEEP_HOURS = 24;
/** A RUNNING job whose heartbeat stopped this long ago died with its process. */
const STALE_SECONDS = 120;
const HEARTBEAT_MS = 30_000;
/** Progress is written at most this often. */
const PROGRESS_MS = 500;
/** Expired jobs and their files are deleted this often (and once at start-up). */
const SWEEP_MS = 10 * 60_000;

export interface BackgroundExport {
  module: string;
  format: 'xlsx' | 'csv';
  fileName: string;
  /** The rows the list showed (the web sends its total), for the progress bar. */
  totalRows: number | null;
  locale: Locale;
  /** Writes the file to `out` (and ends it); returns the data rows written. */
  write: (out: Writable) => Promise<number>;
}

/**
 * Runs large exports in the background: the file is written to `<data dir>/exports`, the job row
 * tells its progress, and the file is downloaded from /files/export-jobs/{id} by the user who
 * asked, for a day. At most two run at once per process; the others wait their turn.
 */
export class ExportJobService {
  private readonly slots = new Semaphore(2);
  /** Jobs of this process, queued or running: their heartbeat keeps them from looking dead. */
  private readonly live = new Map<string, Promise<void>>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly dir: string,
  ) {}

  /**
   * From start-up: deletes expired jobs and their files now and every ten minutes, off the request
   * path (a timer that does not keep the process alive).
   */
  startSweeps(): void {
    const tick = () =>
      this.sweep().catch((err: unknown) => {
        // The database away for a moment: the next tick tries again.
        console.error('[export] sweep failed:', (err as Error).message);
      });
    if (!this.sweeper) {
      void tick();
      this.sweeper = setInterval(() => void tick(), SWEEP_MS);
      this.sweeper.unref();
    }
  }

  stopSweeps(): void {
    if (this.sweeper) {
      clearInterval(this.sweeper);
      this.sweeper = null;
    }
  }

  async start(caller: AuthUser, run: BackgroundExport): Promise<ExportJob> {
    const id = randomUUID();
    await this.ds.query(
      `INSERT INTO export_job (id, user_id, module, format, file_name, status, total_rows, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'RUNNING', $6, now() + make_interval(hours => $7))`,
      [id, caller.id, run.module, run.format, run.fileName, run.totalRows, EXPORT_KEEP_HOURS],
    );
    const task = this.slots.run(() => this.execute(id, run)).finally(() => this.live.delete(id));
    this.live.set(id, task);
    return this.get(caller, id);
  }

  /** Resolves once every job of this process has ended (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.live.values()]);
  }

  async get(caller: AuthUser, id: string): Promise<ExportJob> {
    const job = isUuid(id) ? await this.repo().findOneBy({ id, userId: caller.id }) : null;
    if (!job) {
      throw new AppError('NOT_FOUND');
    }
    if (job.expiresAt.getTime() < Date.now()) {
      // Expired before the sweep came by: gone now.
      await this.remove([job]);
      throw new AppError('NOT_FOUND');
    }
    return this.settleStale(job);
  }

  /** The caller's exports of the last day, newest first. */
  async list(caller: AuthUser): Promise<ExportJob[]> {
    const jobs = await this.repo().find({
      where: { userId: caller.id, expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
      take: 20,
    });
    return Promise.all(jobs.map((job) => this.settleStale(job)));
  }

  /** The finished file of one of the caller's jobs. */
  async file(caller: AuthUser, id: string): Promise<{ path: string; job: ExportJob }> {
    const job = await this.get(caller, id);
    if (job.status !== ExportJobStatus.DONE) {
      throw new AppError('NOT_FOUND');
    }
    return { path: this.pathOf(job.id, job.format), job };
  }

  private repo() {
    return this.ds.getRepository(ExportJob);
  }

  private pathOf(id: string, format: string): string {
    return path.join(this.dir, `${id}.${format}`);
  }

  private async execute(id: string, run: BackgroundExport): Promise<void> {
    const beat = setInterval(() => {
      void this.ds
        .query(`UPDATE export_job SET updated_at = now() WHERE id = $1 AND status = 'RUNNING'`, [id])
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    beat.unref();
    const part = path.join(this.dir, `${id}.part`);
    // Progress writes queue behind each other, so none lands after the final one.
    let progress: Promise<unknown> = Promise.resolve();
    try {
      await mkdir(this.dir, { recursive: true });
      const out = createWriteStream(part);
      let rows = 0;
      let shown = 0;
      watchRows(out, (n) => {
        rows += n;
        if (Date.now() - shown >= PROGRESS_MS) {
          shown = Date.now();
          const done = Math.max(0, rows - 1); // the header row is not data
          progress = progress.then(() =>
            this.ds
              .query(
                `UPDATE export_job SET processed_rows = $2, updated_at = now() WHERE id = $1 AND status = 'RUNNING'`,
                [id, done],
              )
              .catch(() => undefined),
          );
        }
      });
      const count = await run.write(out);
      await finished(out);
      const file = this.pathOf(id, run.format);
      await rename(part, file);
      const { size } = await stat(file);
      await progress;
      await this.ds.query(
        `UPDATE export_job SET status = 'DONE', processed_rows = $2, file_size = $3, finished_at = now(), updated_at = now()
         WHERE id = $1`,
        [id, count, size],
      );
    } catch (err) {
      await rm(part, { force: true }).catch(() => undefined);
      const message =
        err instanceof AppError
          ? translate(run.locale, err.messageKey, err.params)
          : translate(run.locale, 'INTERNAL_SERVER_ERROR');
      if (!(err instanceof AppError)) {
        console.error(`export job ${id} failed:`, err);
      }
      await progress;
      await this.ds
        .query(
          `UPDATE export_job SET status = 'FAILED', error = $2, finished_at = now(), updated_at = now() WHERE id = $1`,
          [id, message],
        )
        .catch(() => undefined);
    } finally {
      clearInterval(beat);
    }
  }

  /** A RUNNING job no process keeps alive any more (it was stopped) is shown as FAILED. */
  private async settleStale(job: ExportJob): Promise<ExportJob> {
    if (
      job.status !== ExportJobStatus.RUNNING ||
      this.live.has(job.id) ||
      Date.now() - job.updatedAt.getTime() < STALE_SECONDS * 1000
    ) {
      return job;
    }
    const error = translate('vi', 'export.interrupted');
    await this.ds.query(
      `UPDATE export_job SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1 AND status = 'RUNNING'`,
      [job.id, error],
    );
    return Object.assign(job, { status: ExportJobStatus.FAILED, error, finishedAt: new Date() });
  }

  /** Deletes the jobs (and files) older than a day. */
  async sweep(): Promise<void> {
    const gone: { id: string; format: string }[] = await this.ds.query(
      `SELECT id, format FROM export_job WHERE expires_at < now()`,
    );
    await this.remove(gone);
  }

  private async remove(gone: { id: string; format: string }[]): Promise<void> {
    if (gone.length === 0) {
      return;
    }
    await this.ds.query(`DELETE FROM export_job WHERE id = ANY($1::uuid[])`, [gone.map((g) => g.id)]);
    await Promise.all(
      gone.map((g) => rm(this.pathOf(g.id, g.format), { force: true }).catch(() => undefined)),
    );
  }
}
