import { AppError, type AuditModule } from '@sen/shared';
import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { analyzeAfterBulkAction } from '../db/analyze';
import { entriesFor, writeAudit } from './audit';
import type { AuditText } from './audit-text';
import { assertAdmin, type AuthUser } from './caller';
import { assertInScope, type Ownership, type Purpose } from './scope';
import { UUID } from './sql';

export type TrashAction = 'delete' | 'restore' | 'purge';

/** X-07 for one record type: who may move it, and how its audit entries read. */
export interface TrashSpec<E extends { id: string }> {
  ownership: Ownership;
  target: EntityTarget<E>;
  module: AuditModule;
  /** The purpose that deletes and restores (default: manage, the owner's side). */
  purpose?: Purpose;
  text: (action: TrashAction, record: E) => AuditText;
}

/** The instant a use case moves records to the trash (the same for all it moves). */
export const TRASHED_AT = `date_trunc('milliseconds', now())`;

type Row = ObjectLiteral & { id: string; deletedAt: Date | null };

async function rowsOf<E extends Row>(m: EntityManager, spec: TrashSpec<E>, ids: string[]): Promise<E[]> {
  return m.findBy(spec.target, { id: In(ids) } as never);
}

/**
 * Moves records between the live list and the trash (`state`: where they are now), each with its
 * entry; `check` runs on the records before anything is written.
 */
async function moveRecords<E extends Row>(
  m: EntityManager,
  spec: TrashSpec<E>,
  caller: AuthUser,
  ids: readonly string[],
  state: 'live' | 'trash',
  check?: (rows: E[]) => Promise<void>,
): Promise<E[]> {
  const found = await assertInScope(m, spec.ownership, ids, caller, spec.purpose ?? 'manage', state);
  const rows = await rowsOf(m, spec, found);
  await check?.(rows);
  // `table` is the module's constant, never input. Milliseconds, as a Date reads it back: records
  // deleted along with these (a customer's contacts) are found again by the same instant.
  await m.query(
    state === 'live'
      ? `UPDATE ${spec.ownership.table} SET deleted_at = ${TRASHED_AT}, deleted_by = $2, version = version + 1
          WHERE id = ANY($1::uuid[])`
      : `UPDATE ${spec.ownership.table} SET deleted_at = NULL, deleted_by = NULL, version = version + 1
          WHERE id = ANY($1::uuid[])`,
    state === 'live' ? [found, caller.id] : [found],
  );
  const [action, text] =
    state === 'live' ? (['DELETE', 'delete'] as const) : (['RESTORE', 'restore'] as const);
  await writeAudit(
    m,
    entriesFor(rows, { action, module: spec.module, userId: caller.id }, (r) => spec.text(text, r)),
  );
  return rows;
}

/**
 * Deletes to the trash (each with its DELETE entry), all of `ids` or none; returns the records as
 * they were. Inside the caller's transaction, so a module can take related records along.
 */
export function moveToTrash<E extends Row>(
  m: EntityManager,
  spec: TrashSpec<E>,
  caller: AuthUser,
  ids: readonly string[],
): Promise<E[]> {
  return moveRecords(m, spec, caller, ids, 'live');
}

/**
 * Restores from the trash by the owner's side or an admin; `check` runs first on the records (a
 * duplicate that appeared meanwhile refuses the whole call).
 */
export function restoreFromTrash<E extends Row>(
  m: EntityManager,
  spec: TrashSpec<E>,
  caller: AuthUser,
  ids: readonly string[],
  check?: (rows: E[]) => Promise<void>,
): Promise<E[]> {
  return moveRecords(m, spec, caller, ids, 'trash', check);
}

/** Purge is an admin action, on records already in the trash; the audit entries stay. */
export async function purgeFromTrash<E extends Row>(
  m: EntityManager,
  spec: TrashSpec<E>,
  caller: AuthUser,
  ids: readonly string[],
): Promise<E[]> {
  assertAdmin(caller);
  const unique = [...new Set(ids)];
  const rows = unique.every((id) => UUID.test(id)) ? await rowsOf(m, spec, unique) : [];
  if (unique.length === 0 || rows.length !== unique.length) {
    throw new AppError('NOT_FOUND');
  }
  if (rows.some((r) => !r.deletedAt)) {
    throw new AppError('BAD_USER_INPUT', { messageKey: 'record.notInTrash' });
  }
  await writeAudit(
    m,
    entriesFor(rows, { action: 'DELETE', module: spec.module, userId: caller.id }, (r) =>
      spec.text('purge', r),
    ),
  );
  await m.query(`DELETE FROM ${spec.ownership.table} WHERE id = ANY($1::uuid[])`, [unique]);
  return rows;
}

/** What a record type does beside the trash itself (take related records along, refuse duplicates). */
export interface TrashHooks<E> {
  afterDelete?(m: EntityManager, rows: E[], caller: AuthUser): Promise<void>;
  beforeRestore?(m: EntityManager, rows: E[], caller: AuthUser): Promise<void>;
  afterRestore?(m: EntityManager, rows: E[], caller: AuthUser): Promise<void>;
}

/** The trash of one record type: each use case in its own transaction; answers the count. */
export class RecordTrash<E extends Row> {
  constructor(
    private readonly ds: DataSource,
    readonly spec: TrashSpec<E>,
    private readonly hooks: TrashHooks<E> = {},
  ) {}

  async remove(caller: AuthUser, ids: readonly string[]): Promise<number> {
    const n = await this.ds.transaction(async (m) => {
      const rows = await moveToTrash(m, this.spec, caller, ids);
      await this.hooks.afterDelete?.(m, rows, caller);
      return rows.length;
    });
    // The live-rows indexes are partial (deleted_at IS NULL): a large move changes every plan.
    await analyzeAfterBulkAction(this.ds, [this.spec.ownership.table], n);
    return n;
  }

  async restore(caller: AuthUser, ids: readonly string[]): Promise<number> {
    const n = await this.ds.transaction(async (m) => {
      const rows = await restoreFromTrash(m, this.spec, caller, ids, (r) =>
        this.hooks.beforeRestore ? this.hooks.beforeRestore(m, r, caller) : Promise.resolve(),
      );
      await this.hooks.afterRestore?.(m, rows, caller);
      return rows.length;
    });
    await analyzeAfterBulkAction(this.ds, [this.spec.ownership.table], n);
    return n;
  }

  async purge(caller: AuthUser, ids: readonly string[]): Promise<number> {
    const n = await this.ds.transaction(
      async (m) => (await purgeFromTrash(m, this.spec, caller, ids)).length,
    );
    await analyzeAfterBulkAction(this.ds, [this.spec.ownership.table], n);
    return n;
  }
}
