import type { EntityManager } from 'typeorm';
import { auditText } from '../../core/audit-text';
import type { PromotionCause } from '../customer/customer-promotion';

/** ACT-06 / CUS-03: the cause of a promotion by an activity. */
export const byActivity = (activityName: string): PromotionCause => ({
  kind: 'ACTIVITY',
  text: (c) => auditText('customer.levelByActivity', { code: c.code, name: c.name, activity: activityName }),
});

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
