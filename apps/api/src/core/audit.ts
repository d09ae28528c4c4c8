import type { AuditAction, AuditModule } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import type { AuditText } from './audit-text';

/** `{ field: { from, to } }`: what an audit entry says changed. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export interface AuditEntry {
  action: AuditAction;
  module: AuditModule;
  recordId: string | null;
  userId: string | null;
  description: AuditText;
  changes?: FieldChanges | null;
}

/**
 * One entry per record, alike but for the record, its text and, when `change` is given, what
 * changed (a bulk delete, restore, purge, hand-over, …).
 */
export function entriesFor<T extends { id: string }>(
  records: readonly T[],
  entry: Pick<AuditEntry, 'action' | 'module' | 'userId'>,
  describe: (record: T) => AuditText,
  change?: (record: T) => FieldChanges,
): AuditEntry[] {
  return records.map((r) => ({
    ...entry,
    recordId: r.id,
    description: describe(r),
    ...(change ? { changes: change(r) } : {}),
  }));
}

/** The CREATE entry of a new record: each audited field from nothing, and what else was worked out. */
export function createdEntry<T extends { id: string }>(
  record: T,
  entry: Pick<AuditEntry, 'module' | 'userId' | 'description'>,
  fields: readonly (keyof T & string)[],
  extra: FieldChanges = {},
): AuditEntry {
  const changes = { ...diffChanges({} as T, record, fields), ...extra };
  return {
    action: 'CREATE',
    ...entry,
    recordId: record.id,
    changes: Object.keys(changes).length > 0 ? changes : null,
  };
}

/** Fields whose values are never copied into the log, only the fact that they changed. */
const SECRET_FIELDS = new Set(['password', 'passwordHash']);

/** `{ field: { from, to } }` for the fields that differ; null when nothing changed. */
export function diffChanges<T extends object>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChanges | null {
  const changes: FieldChanges = {};
  for (const field of fields) {
    if (!(field in after) || after[field] === undefined) {
      continue;
    }
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      changes[field] = SECRET_FIELDS.has(field) ? { from: '***', to: '***' } : { from, to };
    }
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

/**
 * Writes entries with the manager of the caller's transaction, so the change and its entries
 * commit together (a database trigger refuses to commit an audited change without one); many in
 * one statement (bulk actions write one entry per record).
 */
export async function writeAudit(m: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await m.query(
    `INSERT INTO audit_log (action, module, record_id, user_id, description, description_en, changes)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::jsonb[])`,
    [
      entries.map((e) => e.action),
      entries.map((e) => e.module),
      entries.map((e) => e.recordId),
      entries.map((e) => e.userId),
      entries.map((e) => e.description.vi),
      entries.map((e) => e.description.en),
      entries.map((e) => (e.changes ? JSON.stringify(e.changes) : null)),
    ],
  );
}
