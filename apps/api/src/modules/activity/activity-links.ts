import { CUSTOMER_LEVELS, levelAfterEvent } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import type { AuditService } from '../audit/audit.service';

/** Levels an activity moves forward (CUS-03: NEW and OTHER → APPROACHED; never SIGNED down). */
const PROMOTED = CUSTOMER_LEVELS.filter((l) => levelAfterEvent(l, { kind: 'ACTIVITY' }) !== l);
const TARGET = levelAfterEvent('NEW', { kind: 'ACTIVITY' });

/**
 * ACT-06 / CUS-03 for the customers an activity was just linked to, set-based, each change with
 * its audit entry in the caller's transaction.
 */
export async function promoteCustomers(
  m: EntityManager,
  audit: AuditService,
  caller: AuthUser,
  customerIds: string[],
  activityName: string,
): Promise<void> {
  if (customerIds.length === 0) {
    return;
  }
  const [rows]: [{ id: string; code: string; name: string; old: string }[], number] = await m.query(
    `UPDATE customer c SET level = $3, version = c.version + 1, updated_at = now()
       FROM (SELECT id, level AS old FROM customer WHERE id = ANY($1::uuid[]) AND level = ANY($2::text[]) FOR UPDATE) o
      WHERE c.id = o.id
      RETURNING c.id, c.code, c.name, o.old`,
    [customerIds, PROMOTED, TARGET],
  );
  await audit.recordMany(
    m,
    rows.map((r) => ({
      action: 'UPDATE',
      module: 'customer',
      recordId: r.id,
      userId: caller.id,
      description: auditText('customer.levelByActivity', {
        code: r.code,
        name: r.name,
        activity: activityName,
      }),
      changes: { level: { from: r.old, to: TARGET } },
    })),
  );
}

export async function setLinks(
  m: EntityManager,
  table: 'activity_customer' | 'activity_participant',
  activityId: string,
  ids: string[],
): Promise<void> {
  const column = table === 'activity_customer' ? 'customer_id' : 'user_id';
  await m.query(`DELETE FROM ${table} WHERE activity_id = $1`, [activityId]);
  if (ids.length > 0) {
    await m.query(
      `INSERT INTO ${table} (activity_id, ${column}) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [activityId, [...new Set(ids)]],
    );
  }
}

export async function linkedIds(
  m: EntityManager,
  table: 'activity_customer' | 'activity_participant',
  activityId: string,
): Promise<string[]> {
  const column = table === 'activity_customer' ? 'customer_id' : 'user_id';
  const rows: { id: string }[] = await m.query(
    `SELECT ${column} AS id FROM ${table} WHERE activity_id = $1 ORDER BY ${column}`,
    [activityId],
  );
  return rows.map((r) => r.id);
}

export async function namesOf(m: EntityManager, table: 'customer' | 'app_user', ids: string[]) {
  if (ids.length === 0) {
    return [];
  }
  const rows: { name: string }[] = await m.query(
    `SELECT name FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY name`,
    [ids],
  );
  return rows.map((r) => r.name);
}
