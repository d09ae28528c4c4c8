import { AppError, type AuditAction, type AuditModule } from '@sen/shared';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { createdEntry, diffChanges, writeAudit, type FieldChanges } from './audit';
import type { AuditText } from './audit-text';

/** Optimistic concurrency (API.md): a stale `version` fails with CONFLICT and changes nothing. */
export function assertVersion(current: { version: number }, version: number): void {
  if (current.version !== version) {
    throw new AppError('CONFLICT', { details: { currentVersion: current.version } });
  }
}

/**
 * Inserts a row (undefined values left out: the column's default applies) and reads it back as
 * stored, with what defaults and triggers filled in.
 */
export async function insertRow<E extends ObjectLiteral & { id: string }>(
  m: EntityManager,
  target: EntityTarget<E>,
  values: Partial<E>,
): Promise<E> {
  const row = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  const inserted = await m.insert(target, row as never);
  return m.findOneByOrFail(target, { id: inserted.identifiers[0].id as string } as never);
}

/**
 * The one insert of an audited record: the row (`insertRow`) and its CREATE entry, each audited
 * field from nothing, in the same transaction.
 */
export async function insertAudited<E extends ObjectLiteral & { id: string }>(
  m: EntityManager,
  target: EntityTarget<E>,
  values: Partial<E>,
  audit: {
    module: AuditModule;
    userId: string;
    fields: readonly (keyof E & string)[];
    describe: (created: E) => AuditText;
    /** Changes beyond the row's columns (links, groups), already worked out. */
    extra?: FieldChanges;
  },
): Promise<E> {
  const created = await insertRow(m, target, values);
  const { module, userId, fields, extra } = audit;
  await writeAudit(m, [
    createdEntry(created, { module, userId, description: audit.describe(created) }, fields, extra),
  ]);
  return created;
}

export interface VersionedUpdate<E extends { id: string; version: number }> {
  target: EntityTarget<E>;
  /** The record as read (and locked) by the use case; its version is checked against `version`. */
  before: E;
  version: number;
  /** The columns that change; undefined values are left out. */
  patch: Partial<E>;
  audit: {
    module: AuditModule;
    userId: string;
    /** Fields whose before → after goes into the entry. */
    fields: readonly (keyof E & string)[];
    describe: (after: E) => AuditText;
    /** Changes beyond the row's columns (links, groups), already worked out. */
    extra?: FieldChanges;
    action?: (changes: FieldChanges) => AuditAction;
  };
}

/**
 * The one update of a versioned record: version check, UPDATE … WHERE version (so a concurrent
 * writer loses with CONFLICT), version + 1, and the audit entry in the same transaction.
 */
export async function updateVersioned<E extends ObjectLiteral & { id: string; version: number }>(
  m: EntityManager,
  u: VersionedUpdate<E>,
): Promise<{ after: E; changes: FieldChanges }> {
  assertVersion(u.before, u.version);
  const patch = Object.fromEntries(Object.entries(u.patch).filter(([, v]) => v !== undefined)) as Partial<E>;
  const result = await m
    .createQueryBuilder()
    .update(u.target)
    .set({ ...patch, updatedAt: () => 'now()', version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id: u.before.id, version: u.version })
    .execute();
  if (result.affected !== 1) {
    const current = await m.findOneByOrFail(u.target, { id: u.before.id } as never);
    throw new AppError('CONFLICT', { details: { currentVersion: current.version } });
  }
  const after = await m.findOneByOrFail(u.target, { id: u.before.id } as never);
  const changes = { ...diffChanges(u.before, patch, u.audit.fields), ...u.audit.extra };
  await writeAudit(m, [
    {
      action: u.audit.action?.(changes) ?? 'UPDATE',
      module: u.audit.module,
      recordId: u.before.id,
      userId: u.audit.userId,
      description: u.audit.describe(after),
      changes,
    },
  ]);
  return { after, changes };
}
