import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuditText } from '../../core/audit-text';
import type { ImportOptions, ImportRow, RowError } from './import-module';
import { type AuditEntry } from '../../core/audit';
import { v7 as timeOrderedId } from 'uuid';

/** Runs the form's zod schema on a row's input; issues become row errors named by import field. */
export function parseRow(
  schema: z.ZodType,
  row: ImportRow,
  input: Record<string, unknown>,
  fieldOf: (path: string) => string = (p) => p,
): void {
  const result = schema.safeParse(input);
  if (result.success) {
    row.values = result.data as Record<string, unknown>;
    return;
  }
  row.values = input;
  const seen = new Set(row.errors.map((e) => e.field));
  for (const issue of result.error.issues) {
    const field = fieldOf(String(issue.path[0] ?? '_'));
    if (!seen.has(field)) {
      seen.add(field);
      row.errors.push(rowError(field, issue.message, issue));
    }
  }
}

function rowError(field: string, message: string, issue: unknown): RowError {
  const max = (issue as { maximum?: number }).maximum;
  return max === undefined ? { field, message } : { field, message, params: { max } };
}

/** A module's column: its field, the table's column, and the column's type in a jsonb record. */
export type Column = [field: string, column: string, type: string];

/** The owner a row names (see `OwnerLookup`): written on insert only, never by an update. */
const OWNER_COLUMN: Column = ['ownerId', 'owner_id', 'uuid'];

/**
 * Columns named by their fields, in order, each the field in snake_case: `careDate:date` is the
 * date column `care_date`, a bare `notes` the text column `notes`.
 */
export function columns(...fields: string[]): Column[] {
  return fields.map((spec) => {
    const [field, type = 'text'] = spec.split(':');
    return [field, field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), type];
  });
}

/** The tables whose records an import writes with `RecordTable`. */
type RecordTableName = 'customer' | 'contact' | 'care_card';

/**
 * How a module's rows become records of one table: the columns an update reads first (`read`,
 * by default those it writes), inserts and updates, and the audit entry of each updated record.
 */
export interface RecordTableSpec {
  table: RecordTableName;
  read?: readonly Column[];
  inserted: readonly Column[];
  updated: readonly Column[];
  /** SQL literals for the NOT NULL columns a file may leave empty (see `insertRecords`). */
  defaults?: Readonly<Record<string, string>>;
  computed?: Computed;
  audit: AuditEntry['module'];
  describe: (before: Record<string, unknown>, patch: Record<string, unknown>) => AuditText;
}

/** The writes an import session makes to its table: `readBefore`, `insertRecords`, `applyPatches`. */
export class RecordTable {
  constructor(private readonly spec: RecordTableSpec) {}

  /** The records' current values, for the rules and the audit entries of an update. */
  readBefore(m: EntityManager, rows: ImportRow[]): Promise<void> {
    const { table, read, updated } = this.spec;
    return readBefore(m, table, read ?? updated, rows);
  }

  async insert(m: EntityManager, rows: ImportRow[], options: ImportOptions): Promise<void> {
    const { table, inserted, defaults, computed } = this.spec;
    await insertRecords(
      m,
      table,
      inserted,
      rows,
      { callerId: options.caller.id, jobId: options.jobId },
      defaults,
      computed,
    );
  }

  /** Writes the rows' values over the records', with an audit entry per record. */
  async update(
    m: EntityManager,
    rows: ImportRow[],
    options: ImportOptions,
    audit: { recordMany(m: EntityManager, entries: AuditEntry[]): Promise<void> },
  ): Promise<void> {
    const { table, updated, describe } = this.spec;
    const patches = await applyPatches(m, table, updated, rows, options.jobId);
    await audit.recordMany(
      m,
      updateEntries(rows, patches, { module: this.spec.audit, userId: options.caller.id }, describe),
    );
  }
}

/**
 * Columns an insert computes in SQL for the whole batch from its record `x` and the tables `join`
 * adds (`JOIN customer c ON c.id = x.customer_id`): column → SQL expression.
 */
export interface Computed {
  join: string;
  columns: Readonly<Record<string, string>>;
}

/**
 * INSERTs the records a batch creates, in one statement: each gets a new time-ordered id (also set
 * as the row's `existingId`), the owner the row names or else the caller, and the job. Empty values are left out
 * of the payload (a missing key reads as NULL in `jsonb_to_recordset`); `defaults` are SQL literals
 * for the NOT NULL columns a file may leave empty, `computed` the columns written from SQL. `table`,
 * `columns`, `defaults` and `computed` are the module's own constants, never input.
 */
export async function insertRecords(
  m: EntityManager,
  table: RecordTableName,
  columns: readonly Column[],
  rows: ImportRow[],
  ids: { callerId: string; jobId: string },
  defaults: Readonly<Record<string, string>> = {},
  computed: Computed = { join: '', columns: {} },
): Promise<void> {
  const written = [...columns, OWNER_COLUMN];
  const records = rows.map((r) => {
    // Time-ordered ids (UUID v7): a batch adds to the end of the primary key instead of ~1,000
    // random pages of it (fewer pages dirtied, fewer full-page images in the WAL).
    const rec: Record<string, unknown> = { id: timeOrderedId() };
    for (const [f, col] of written) {
      const v = r.values[f];
      if (v !== undefined && v !== null) {
        rec[col] = v;
      }
    }
    r.existingId = rec.id as string;
    return rec;
  });
  const select = columns.map(([, c]) => (defaults[c] ? `coalesce(x.${c}, ${defaults[c]})` : `x.${c}`));
  const more = Object.entries(computed.columns);
  await m.query(
    `INSERT INTO ${table} (id, ${[...columns.map(([, c]) => c), 'owner_id', 'import_job_id', ...more.map(([c]) => c)].join(', ')})
     SELECT x.id, ${[...select, 'coalesce(x.owner_id, $2)', '$3', ...more.map(([, sql]) => sql)].join(', ')}
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, ${recordTypeOf(written)}) ${computed.join}`,
    [JSON.stringify(records), ids.callerId, ids.jobId],
  );
}

/** `name text, founded_on date, …`: a jsonb record's column list. */
function recordTypeOf(columns: readonly Column[]): string {
  return columns.map(([, col, type]) => `${col} ${type}`).join(', ');
}

/** UPDATE_DUPLICATES' audit: an entry per updated record, with its changed fields (before → after). */
export function updateEntries(
  rows: ImportRow[],
  patches: Record<string, unknown>[],
  entry: Pick<AuditEntry, 'module' | 'userId'>,
  describe: (before: Record<string, unknown>, patch: Record<string, unknown>) => AuditText,
): AuditEntry[] {
  return rows.map((r, i) => {
    const before = r.before ?? {};
    return {
      action: 'IMPORT',
      ...entry,
      recordId: r.existingId!,
      description: describe(before, patches[i]),
      changes: updatedChanges(before, patches[i]),
    };
  });
}

/** Only the fields a row gives a value: an empty cell leaves the record's value as it is. */
export function patchOf(values: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f];
    if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) {
      patch[f] = v;
    }
  }
  return patch;
}

export function updatedChanges(
  before: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [f, to] of Object.entries(patch)) {
    const from = before[f] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      changes[f] = { from, to };
    }
  }
  return changes;
}

/**
 * The current values of the records an update batch will change (dates as `YYYY-MM-DD` text), by
 * id, for the level rule and the audit entries' "before". `table` and `columns` are the module's
 * own constants, never input.
 */
export async function readBefore(
  m: EntityManager,
  table: RecordTableName,
  columns: readonly Column[],
  rows: ImportRow[],
): Promise<void> {
  const select = columns
    .map(([f, col, type]) => (type === 'date' ? `${col}::text AS "${f}"` : `${col} AS "${f}"`))
    .join(', ');
  const before: Record<string, unknown>[] = await m.query(
    `SELECT id, ${select} FROM ${table} WHERE id = ANY($1::uuid[])`,
    [rows.map((r) => r.existingId)],
  );
  const byId = new Map(before.map((b) => [b.id as string, b]));
  for (const r of rows) {
    r.before = byId.get(r.existingId!);
  }
}

/**
 * UPDATE_DUPLICATES for a batch in one statement: each row's non-empty values overwrite the
 * record's, empty ones keep it (`coalesce`), and the record carries the job. Returns each row's
 * patch, for its audit entry. `table` and `columns` are the module's constants.
 */
export async function applyPatches(
  m: EntityManager,
  table: RecordTableName,
  columns: readonly Column[],
  rows: ImportRow[],
  jobId: string,
): Promise<Record<string, unknown>[]> {
  const patches = rows.map((r) =>
    patchOf(
      r.values,
      columns.map(([f]) => f),
    ),
  );
  const records = rows.map((r, i) => {
    const rec: Record<string, unknown> = { id: r.existingId };
    for (const [f, col] of columns) {
      rec[col] = patches[i][f] ?? null;
    }
    return rec;
  });
  const set = columns.map(([, c]) => `${c} = coalesce(x.${c}, t.${c})`).join(', ');
  await m.query(
    `UPDATE ${table} t SET ${set}, version = t.version + 1, updated_at = now(), import_job_id = $2
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, ${recordTypeOf(columns)})
      WHERE t.id = x.id`,
    [JSON.stringify(records), jobId],
  );
  return patches;
}
