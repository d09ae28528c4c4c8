import { foldVietnamese, type FieldRuleModule } from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../graphql/context';
import { auditText } from '../audit/audit-text';
import type { AuditService } from '../audit/audit.service';
import type { DuplicateHit, FieldRuleService } from '../settings/field-rule.service';
import { readRows, type FileRow } from './import-file.reader';
import { ImportMode, type ColumnMapping, type ImportJob } from './import-job.entity';
import type { ImportModuleDescription, ImportRow, ImportSession, RowError } from './import-module';

export const IMPORT_BATCH_SIZE = 1000;
/**
 * Advisory locks a batch may hold (one per duplicate-checked value, as the form takes them).
 * They live in PostgreSQL's shared lock table, max_locks_per_transaction (64) × connections (100)
 * ≈ 6,400 slots by default; a batch stays well under that, whatever DUP-01 turns on.
 */
const MAX_LOCKS_PER_BATCH = 3000;

type Outcome = 'create' | 'update' | 'skip' | 'fail';

const fieldLabel = (field: string) => `@field.${field}`;

/** The key two values of a duplicate-checked field compare by (the same as the form's check). */
function dupKey(field: string, value: string): string {
  return field === 'name' ? foldVietnamese(value) : value.toLowerCase();
}

/** Keys taken by earlier rows of the file: field → key → row number. */
type SeenKeys = Map<string, Map<string, number>>;

interface BatchResult {
  counts: Record<Outcome, number>;
  seen: [string, string, number][];
}

/**
 * The generic import: rows stream from the converted file in batches; each batch is validated with
 * the shared schemas and DUP-01 rules, checked for duplicates in the file and in the database, and
 * written in ONE transaction together with its audit entries, its refused rows and the job's
 * committed-rows watermark. A crash therefore leaves whole batches, and a rerun starts after them.
 */
export class ImportEngine {
  constructor(
    private readonly ds: DataSource,
    private readonly rules: FieldRuleService,
    private readonly audit: AuditService,
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
    const batchSize = Math.max(
      100,
      Math.min(this.batchSize, Math.floor(MAX_LOCKS_PER_BATCH / Math.max(1, session.duplicateFields.length))),
    );
    const seen: SeenKeys = new Map();
    let batch: FileRow[] = [];
    for await (const row of readRows(rowsPath, job.processedRows)) {
      batch.push(row);
      if (batch.length >= batchSize) {
        await this.commitBatch(job, desc, session, index, seen, batch);
        batch = [];
        // Let HTTP requests in between batches (the embedded database has one connection).
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (batch.length > 0) {
      await this.commitBatch(job, desc, session, index, seen, batch);
    }
  }

  private columnIndex(mapping: ColumnMapping[]): [string, number][] {
    return mapping.flatMap((m, i) => (m.field ? [[m.field, i] as [string, number]] : []));
  }

  private async commitBatch(
    job: ImportJob,
    desc: ImportModuleDescription,
    session: ImportSession,
    index: [string, number][],
    seen: SeenKeys,
    fileRows: FileRow[],
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.ds.transaction((m) =>
          this.processBatch(m, job, desc, session, index, seen, fileRows),
        );
        for (const [field, key, rowNo] of result.seen) {
          let byKey = seen.get(field);
          if (!byKey) {
            byKey = new Map();
            seen.set(field, byKey);
          }
          byKey.set(key, rowNo);
        }
        return;
      } catch (err) {
        // A form saving the same value at the same moment can deadlock with the batch's locks.
        if ((err as { code?: string }).code !== '40P01' || attempt >= 3) {
          throw err;
        }
      }
    }
  }

  private async processBatch(
    m: EntityManager,
    job: ImportJob,
    desc: ImportModuleDescription,
    session: ImportSession,
    index: [string, number][],
    seen: SeenKeys,
    fileRows: FileRow[],
  ): Promise<BatchResult> {
    // The watermark commits with the rows, so a commit lost in a database crash loses both alike:
    // waiting for the WAL flush of every batch buys nothing here.
    await m.query('SET LOCAL synchronous_commit = off');
    const rows: ImportRow[] = fileRows.map((fr) => ({
      rowNo: fr.rowNo,
      cells: fr.cells,
      raw: Object.fromEntries(index.map(([field, i]) => [field, fr.cells[i] ?? null])),
      values: {},
      errors: [],
    }));
    await session.prepare(m, rows);
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
    const newSeen = await this.checkDuplicates(m, job, desc.ruleModule, session, rows, seen, outcome);
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
      await session.insert(m, by('create'));
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
    await m.query(
      `UPDATE import_job SET processed_rows = processed_rows + $2, created = created + $3,
              updated = updated + $4, skipped = skipped + $5, failed = failed + $6 WHERE id = $1`,
      [job.id, rows.length, counts.create, counts.update, counts.skip, counts.fail],
    );
    return { counts, seen: newSeen };
  }

  /** Decides create / update / skip / fail for each valid row; returns the keys the batch takes. */
  private async checkDuplicates(
    m: EntityManager,
    job: ImportJob,
    module: FieldRuleModule,
    session: ImportSession,
    rows: ImportRow[],
    seen: SeenKeys,
    outcome: Map<ImportRow, Outcome>,
  ): Promise<[string, string, number][]> {
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
    const newSeen: [string, string, number][] = [];
    for (const r of valid) {
      const inFile = fields
        .map((f) => {
          const v = valueOf(r, f);
          if (v === null) {
            return null;
          }
          const key = dupKey(f, v);
          const prev = taken.get(`${f}\u0000${key}`) ?? seen.get(f)?.get(key);
          return prev === undefined ? null : { field: f, row: prev };
        })
        .find((x) => x !== null);
      if (inFile) {
        if (job.mode === ImportMode.CREATE_ONLY) {
          r.errors.push({
            field: inFile.field,
            message: 'import.duplicateInFile',
            params: { fieldLabel: fieldLabel(inFile.field), row: inFile.row },
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
          params: { fieldLabel: fieldLabel(matches[1].field) },
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
          newSeen.push([f, key, r.rowNo]);
        }
      }
    }
    return newSeen;
  }

  private duplicateError(module: FieldRuleModule, field: string, hit: DuplicateHit): RowError {
    return {
      field,
      message: `${module}.duplicate`,
      params: { fieldLabel: fieldLabel(field), existingName: hit.name, ownerName: hit.ownerName },
    };
  }

  /** Closes a finished run: status, and for a real run the job's own audit entry. */
  async finish(job: ImportJob, caller: AuthUser, moduleLabel: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const [done]: ImportJob[] = await m
        .query(
          `UPDATE import_job SET status = 'DONE', finished_at = now(), failure = NULL WHERE id = $1
         RETURNING created, updated, skipped, failed`,
          [job.id],
        )
        .then((r: [ImportJob[], number]) => r[0]);
      if (!job.dryRun) {
        await this.audit.record(m, {
          action: 'IMPORT',
          module: 'import',
          recordId: job.id,
          userId: caller.id,
          description: auditText('import.run', {
            module: moduleLabel,
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
