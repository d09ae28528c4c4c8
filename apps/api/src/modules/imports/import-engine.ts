import { foldVietnamese, hasMessage, type FieldRuleModule } from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';
import type { DuplicateHit, FieldRuleService } from '../settings/field-rule.service';
import { readRows, type FileRow } from './import-file.reader';
import { OwnerLookup } from './import-owners';
import { ImportMode, type ColumnMapping, type ImportJob } from './import-job.entity';
import type { ImportModuleDescription, ImportRow, ImportSession, RowError } from './import-module';

export const IMPORT_BATCH_SIZE = 1000;
/**
 * Share of PostgreSQL's shared lock table the batches in flight may fill with advisory locks (one
 * per duplicate-checked value in the file, as the form takes them). The table has
 * max_locks_per_transaction × (max_connections + max_prepared_transactions) slots, 6,400 by
 * default: the import may hold about 4,500 (2,240 per batch with two in flight), which leaves the
 * other sessions nearly 2,000 (each holds a few: its transaction id, its non-fast-path locks).
 */
const LOCK_TABLE_SHARE = 0.7;

type Outcome = 'create' | 'update' | 'skip' | 'fail';

/** A field's label as a message key: the module's own (`field.care-cards.code`: Mã thẻ) or the common one. */
const fieldLabel = (module: FieldRuleModule, field: string) =>
  hasMessage(`field.${module}.${field}`) ? `@field.${module}.${field}` : `@field.${field}`;

/** The key two values of a duplicate-checked field compare by (the same as the form's check). */
function dupKey(field: string, value: string): string {
  return field === 'name' ? foldVietnamese(value) : value.toLowerCase();
}

/** Keys taken by earlier rows of the file: field → key → row number. */
type SeenKeys = Map<string, Map<string, number>>;

/** Where a batch's job stands: the state shared by its batches. */
interface RunContext {
  job: ImportJob;
  desc: ImportModuleDescription;
  session: ImportSession;
  caller: AuthUser;
  index: [string, number][];
  /** Keys taken by the rows of the batches handed out so far (a batch adds its own as it decides). */
  seen: SeenKeys;
  /** Users the owner column may name, when the file maps one. */
  owners: OwnerLookup | null;
}

/** A promise resolved from outside: "the batch before has decided its rows". */
function signal(): { promise: Promise<void>; resolve: () => void; reject: (err: unknown) => void } {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a failure is reported by the batch that failed
  return { promise, resolve, reject };
}

/** At most `max` batches in flight; the first failure stops the run. */
/** The job is no longer this process's to run: another instance found its claim lapsed. */
export class LostJobError extends Error {
  constructor(jobId: string) {
    super(`import job ${jobId} is no longer run by this process`);
  }
}

class InFlight {
  private readonly running = new Set<Promise<void>>();
  private failed = false;
  private failure: unknown;

  constructor(private readonly max: number) {}

  add(batch: Promise<void>): void {
    const tracked: Promise<void> = batch
      .catch((err: unknown) => {
        if (!this.failed) {
          this.failed = true;
          this.failure = err;
        }
      })
      .finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  /** Waits for a free slot. */
  async slot(): Promise<void> {
    while (this.running.size >= this.max && !this.failed) {
      await Promise.race(this.running);
    }
    this.check();
  }

  async drain(): Promise<void> {
    await Promise.all(this.running);
    this.check();
  }

  private check(): void {
    if (this.failed) {
      throw this.failure;
    }
  }
}

/**
 * The generic import: rows stream from the converted file in batches; each batch is validated with
 * the shared schemas and DUP-01 rules, checked for duplicates in the file and in the database, and
 * written in ONE transaction together with its audit entries, its refused rows and its number in
 * the job's committed batches. A crash therefore leaves whole batches, and a resumed run redoes
 * exactly the others.
 *
 * On PostgreSQL two batches are in flight, so that the database works on one while the next is
 * validated and written on a second connection. A batch decides its rows only after the batch
 * before it has (it needs that batch's keys for the in-file duplicates), and it waits for that
 * BEFORE opening its transaction: no batch ever waits in JavaScript while holding a lock, so every
 * wait between two batches is one PostgreSQL sees (and breaks, should it be a deadlock).
 */
export class ImportEngine {
  constructor(
    private readonly ds: DataSource,
    private readonly rules: FieldRuleService,
    private readonly audit: AuditService,
    /** Batches written at once: 1 on the embedded database (one session), 2 on PostgreSQL. */
    private readonly writers = 1,
    private readonly batchSize = IMPORT_BATCH_SIZE,
  ) {}

  async run(
    job: ImportJob,
    desc: ImportModuleDescription,
    caller: AuthUser,
    rowsPath: string,
  ): Promise<void> {
    const session = await desc.begin(this.ds.manager, {
      jobId: job.id,
      caller,
      convertOldMobile: job.convertOldMobilePrefixes,
      dryRun: job.dryRun,
    });
    const index = this.columnIndex(job.mapping ?? []);
    const batchSize = await this.batchSizeOf(job, session, index);
    const done = new Set(job.doneBatches ?? []);
    const ctx: RunContext = {
      job,
      desc,
      session,
      caller,
      index,
      seen: new Map(),
      owners: index.some(([field]) => field === 'owner') ? await OwnerLookup.load(this.ds.manager) : null,
    };
    const inFlight = new InFlight(this.writers);
    let decided: Promise<void> = Promise.resolve();
    let batchNo = 0;
    const dispatch = async (fileRows: FileRow[]) => {
      const no = batchNo++;
      if (done.has(no)) {
        return;
      }
      await inFlight.slot();
      const mine = signal();
      inFlight.add(this.commitBatch(ctx, no, fileRows, decided, mine));
      decided = mine.promise;
    };
    let batch: FileRow[] = [];
    for await (const row of readRows(rowsPath)) {
      batch.push(row);
      if (batch.length >= batchSize) {
        await dispatch(batch);
        batch = [];
        // Let HTTP requests in between batches (the embedded database has one connection).
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (batch.length > 0) {
      await dispatch(batch);
    }
    await inFlight.drain();
  }

  /**
   * The job's batch size: chosen when the run starts (as many rows as the advisory locks allow, at
   * one lock per duplicate-checked column of the file), kept by a resumed run.
   */
  private async batchSizeOf(
    job: ImportJob,
    session: ImportSession,
    index: [string, number][],
  ): Promise<number> {
    if (job.batchSize) {
      return job.batchSize;
    }
    const [{ slots }]: { slots: number }[] = await this.ds.query(
      `SELECT current_setting('max_locks_per_transaction')::int
              * (current_setting('max_connections')::int + current_setting('max_prepared_transactions')::int)
              AS slots`,
    );
    const locksPerBatch = Math.floor((slots * LOCK_TABLE_SHARE) / this.writers);
    const mapped = new Set(index.map(([field]) => field));
    const locked = session.duplicateFields.filter((f) => mapped.has(session.errorField?.(f) ?? f)).length;
    const size = Math.max(100, Math.min(this.batchSize, Math.floor(locksPerBatch / Math.max(1, locked))));
    await this.ds.query('UPDATE import_job SET batch_size = $2 WHERE id = $1', [job.id, size]);
    return size;
  }

  private columnIndex(mapping: ColumnMapping[]): [string, number][] {
    return mapping.flatMap((m, i) => (m.field ? [[m.field, i] as [string, number]] : []));
  }

  /**
   * One batch: cells → values (outside any transaction), then, once the batch before has decided
   * its rows, one transaction that decides and writes this one's (retried after a deadlock).
   */
  private async commitBatch(
    ctx: RunContext,
    batchNo: number,
    fileRows: FileRow[],
    before: Promise<void>,
    decided: ReturnType<typeof signal>,
  ): Promise<void> {
    try {
      const rows: ImportRow[] = fileRows.map((fr) => ({
        rowNo: fr.rowNo,
        cells: fr.cells,
        raw: Object.fromEntries(ctx.index.map(([field, i]) => [field, fr.cells[i] ?? null])),
        values: {},
        errors: [],
      }));
      await ctx.session.prepare(this.ds.manager, rows);
      ctx.owners?.apply(rows, ctx.caller);
      // What a retried attempt starts again from (a write fills in codes and ids).
      const prepared = rows.map((r) => ({ errors: r.errors.length, values: { ...r.values } }));
      await before;
      for (let attempt = 1; ; attempt++) {
        try {
          await this.ds.transaction((m) => this.processBatch(m, ctx, batchNo, rows, decided.resolve));
          decided.resolve();
          return;
        } catch (err) {
          // A form saving the same value at the same moment can deadlock with the batch's locks.
          if ((err as { code?: string }).code !== '40P01' || attempt >= 3) {
            throw err;
          }
          rows.forEach((r, i) => {
            r.errors.length = prepared[i].errors;
            r.values = { ...prepared[i].values };
            r.existingId = r.duplicate = r.before = undefined;
          });
        }
      }
    } catch (err) {
      decided.reject(err);
      throw err;
    }
  }

  private async processBatch(
    m: EntityManager,
    ctx: RunContext,
    batchNo: number,
    rows: ImportRow[],
    decided: () => void,
  ): Promise<void> {
    const { job, desc, session, caller } = ctx;
    // The batch's number commits with its rows, so a commit lost in a database crash loses both
    // alike: waiting for the WAL flush of every batch buys nothing here.
    await m.query('SET LOCAL synchronous_commit = off');
    const rules = await this.rules.rules(desc.ruleModule, m);
    const errorField = (f: string) => session.errorField?.(f) ?? f;
    for (const row of rows) {
      const failed = new Set(row.errors.map((e) => e.field));
      for (const e of this.rules.requiredErrors(rules, row.values)) {
        if (!failed.has(errorField(e.field))) {
          row.errors.push({ ...e, field: errorField(e.field) });
        }
      }
    }
    const outcome = new Map<ImportRow, Outcome>();
    await this.checkDuplicates(m, job, desc.ruleModule, session, rows, ctx.seen, outcome);
    // The next batch may now decide its rows (on its own connection) while this one is written.
    decided();
    const updates = rows.filter((r) => outcome.get(r) === 'update');
    if (updates.length > 0) {
      const editable = await session.editable(
        m,
        updates.map((r) => r.existingId!),
      );
      for (const r of updates) {
        if (!editable.has(r.existingId!)) {
          r.errors.push(r.duplicate!);
        }
      }
      await session.checkUpdates(
        m,
        updates.filter((r) => r.errors.length === 0),
      );
    }
    for (const r of rows) {
      if (r.errors.length > 0) {
        outcome.set(r, 'fail');
      }
    }
    const by = (o: Outcome) => rows.filter((r) => outcome.get(r) === o);
    if (!job.dryRun) {
      const created = by('create');
      await session.insert(m, created);
      if (created.length > 0) {
        // One entry covers the batch's new records, which carry the job (AUD-01; the database
        // refuses the commit without it). Updates get an entry per record, with their changes.
        await this.audit.record(m, {
          action: 'IMPORT',
          module: desc.auditModule,
          recordId: job.id,
          userId: caller.id,
          description: auditText('import.batch', {
            count: created.length,
            module: desc.label,
            file: job.fileName,
            first: created[0].rowNo,
            last: created[created.length - 1].rowNo,
          }),
          changes: { created: { from: null, to: created.length } },
        });
      }
      await session.update(m, by('update'));
    }
    const failed = by('fail');
    if (failed.length > 0) {
      await m.query(
        `INSERT INTO import_row_error (job_id, row_no, reasons, cells)
         SELECT $1, x.row_no, x.reasons, x.cells
           FROM jsonb_to_recordset($2::jsonb) AS x(row_no integer, reasons jsonb, cells jsonb)
         ON CONFLICT DO NOTHING`,
        [job.id, JSON.stringify(failed.map((r) => ({ row_no: r.rowNo, reasons: r.errors, cells: r.cells })))],
      );
    }
    const counts = {
      create: by('create').length,
      update: by('update').length,
      skip: by('skip').length,
      fail: failed.length,
    };
    // Last, so that the job's row is locked only for the commit. The batch commits only while the
    // job is still this process's to run (another instance takes over a job whose claim lapsed).
    const [, owned] = (await m.query(
      `UPDATE import_job SET processed_rows = processed_rows + $2, created = created + $3,
              updated = updated + $4, skipped = skipped + $5, failed = failed + $6,
              done_batches = array_append(done_batches, $7)
        WHERE id = $1 AND runner IS NOT DISTINCT FROM $8 AND status = 'RUNNING'`,
      [job.id, rows.length, counts.create, counts.update, counts.skip, counts.fail, batchNo, job.runner],
    )) as [unknown, number];
    if (owned !== 1) {
      throw new LostJobError(job.id);
    }
  }

  /**
   * Decides create / update / skip / fail for each valid row, and adds the keys the batch's rows
   * take to `seen`. A key counts as taken in the file only by an EARLIER row: a batch retried after
   * a deadlock finds its own keys, and maybe the next batch's, already there.
   */
  private async checkDuplicates(
    m: EntityManager,
    job: ImportJob,
    module: FieldRuleModule,
    session: ImportSession,
    rows: ImportRow[],
    seen: SeenKeys,
    outcome: Map<ImportRow, Outcome>,
  ): Promise<void> {
    const fields = session.duplicateFields;
    const valid = rows.filter((r) => r.errors.length === 0);
    const valueOf = (r: ImportRow, f: string) => {
      const v = r.values[f];
      return typeof v === 'string' && v !== '' ? v : null;
    };
    const hits = new Map<string, Map<string, DuplicateHit>>();
    for (const f of fields) {
      const values = valid.map((r) => valueOf(r, f)).filter((v): v is string => v !== null);
      hits.set(f, await this.rules.findDuplicates(m, module, f, values, !job.dryRun));
    }
    const taken = new Map<string, number>();
    const takenBefore = (f: string, key: string, rowNo: number) => {
      const prev = seen.get(f)?.get(key);
      return prev !== undefined && prev < rowNo ? prev : undefined;
    };
    for (const r of valid) {
      const inFile = fields
        .map((f) => {
          const v = valueOf(r, f);
          if (v === null) {
            return null;
          }
          const key = dupKey(f, v);
          const prev = taken.get(`${f}\u0000${key}`) ?? takenBefore(f, key, r.rowNo);
          return prev === undefined ? null : { field: f, row: prev };
        })
        .find((x) => x !== null);
      if (inFile) {
        if (job.mode === ImportMode.CREATE_ONLY) {
          r.errors.push({
            field: inFile.field,
            message: 'import.duplicateInFile',
            params: { fieldLabel: fieldLabel(module, inFile.field), row: inFile.row },
          });
        } else {
          outcome.set(r, 'skip');
        }
        continue;
      }
      const matches = fields
        .map((f) => {
          const v = valueOf(r, f);
          const hit = v === null ? undefined : hits.get(f)?.get(v);
          return hit ? { field: f, hit } : null;
        })
        .filter((x) => x !== null);
      if (matches.length === 0) {
        outcome.set(r, 'create');
      } else if (job.mode === ImportMode.SKIP_DUPLICATES) {
        outcome.set(r, 'skip');
        continue;
      } else if (job.mode === ImportMode.CREATE_ONLY) {
        r.errors.push(this.duplicateError(module, matches[0].field, matches[0].hit));
        continue;
      } else if (new Set(matches.map((x) => x.hit.id)).size > 1) {
        r.errors.push({
          field: matches[1].field,
          message: 'import.severalMatches',
          params: { fieldLabel: fieldLabel(module, matches[1].field) },
        });
        continue;
      } else {
        r.existingId = matches[0].hit.id;
        // Kept for the refusal when the caller may not edit the record it matches.
        r.duplicate = this.duplicateError(module, matches[0].field, matches[0].hit);
        outcome.set(r, 'update');
      }
      for (const f of fields) {
        const v = valueOf(r, f);
        if (v !== null) {
          const key = dupKey(f, v);
          taken.set(`${f}\u0000${key}`, r.rowNo);
          let byKey = seen.get(f);
          if (!byKey) {
            byKey = new Map();
            seen.set(f, byKey);
          }
          if (!((byKey.get(key) ?? Infinity) < r.rowNo)) {
            byKey.set(key, r.rowNo);
          }
        }
      }
    }
  }

  private duplicateError(module: FieldRuleModule, field: string, hit: DuplicateHit): RowError {
    return {
      field,
      message: `${module}.duplicate`,
      params: { fieldLabel: fieldLabel(module, field), existingName: hit.name, ownerName: hit.ownerName },
    };
  }

  /** Closes a finished run: status, and for a real run the job's own audit entry. */
  async finish(job: ImportJob, caller: AuthUser, desc: ImportModuleDescription): Promise<void> {
    await this.ds.transaction(async (m) => {
      const [done]: ImportJob[] = await m
        .query(
          `UPDATE import_job SET status = 'DONE', finished_at = now(), failure = NULL,
                  runner = NULL, lease_until = NULL
            WHERE id = $1 AND runner IS NOT DISTINCT FROM $2 AND status = 'RUNNING'
         RETURNING created, updated, skipped, failed`,
          [job.id, job.runner],
        )
        .then((r: [ImportJob[], number]) => r[0]);
      if (!done) {
        throw new LostJobError(job.id);
      }
      if (!job.dryRun) {
        await this.audit.record(m, {
          action: 'IMPORT',
          module: 'import',
          recordId: job.id,
          userId: caller.id,
          description: auditText('import.run', {
            module: desc.label,
            file: job.fileName,
            created: done.created,
            updated: done.updated,
            skipped: done.skipped,
            failed: done.failed,
          }),
          changes: { mode: { from: null, to: job.mode } },
        });
      }
    });
  }
}
