import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Context } from '../../graphql/context';
import { ActivityHistoryEntry } from './activity-history.entity';
import { ActivityComment, ActivityHistoryKind } from './activity.entity';

interface AuditRow {
  id: string;
  record_id: string;
  action: string;
  description: string;
  description_en: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  at: Date;
  user_id: string | null;
}

/** What an audit entry of an activity means for ACT-05. */
export function historyKinds(action: string, changes: AuditRow['changes']): ActivityHistoryKind[] {
  switch (action) {
    case 'CREATE':
      return [ActivityHistoryKind.CREATED];
    case 'DELETE':
      return [ActivityHistoryKind.DELETED];
    case 'RESTORE':
      return [ActivityHistoryKind.RESTORED];
    default: {
      const keys = Object.keys(changes ?? {});
      if (keys.includes('comment')) {
        return [ActivityHistoryKind.COMMENTED];
      }
      const kinds: ActivityHistoryKind[] = [];
      if (keys.includes('status')) {
        kinds.push(ActivityHistoryKind.STATUS_CHANGED);
      }
      if (keys.includes('assigneeId')) {
        kinds.push(ActivityHistoryKind.REASSIGNED);
      }
      if (keys.some((k) => k !== 'status' && k !== 'assigneeId' && k !== 'assignee')) {
        kinds.push(ActivityHistoryKind.UPDATED);
      }
      return kinds.length > 0 ? kinds : [ActivityHistoryKind.UPDATED];
    }
  }
}

function grouped<T>(load: (ids: string[]) => Promise<{ key: string; value: T }[]>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const map = new Map<string, T[]>();
    for (const r of await load([...ids])) {
      map.set(r.key, [...(map.get(r.key) ?? []), r.value]);
    }
    return ids.map((id) => map.get(id) ?? []);
  });
}

function create(ds: DataSource, ctx: Context) {
  return {
    customerIds: grouped<string>(async (ids) => {
      const rows: { activity_id: string; customer_id: string }[] = await ds.query(
        `SELECT activity_id, customer_id FROM activity_customer WHERE activity_id = ANY($1::uuid[])`,
        [ids],
      );
      return rows.map((r) => ({ key: r.activity_id, value: r.customer_id }));
    }),
    participantIds: grouped<string>(async (ids) => {
      const rows: { activity_id: string; user_id: string }[] = await ds.query(
        `SELECT activity_id, user_id FROM activity_participant WHERE activity_id = ANY($1::uuid[])`,
        [ids],
      );
      return rows.map((r) => ({ key: r.activity_id, value: r.user_id }));
    }),
    comments: grouped<ActivityComment>(async (ids) => {
      const rows = await ds
        .getRepository(ActivityComment)
        .createQueryBuilder('c')
        .where('c.activity_id IN (:...ids)', { ids })
        .orderBy('c.created_at', 'ASC')
        .getMany();
      return rows.map((r) => ({ key: r.activityId, value: r }));
    }),
    commentCount: new DataLoader<string, number>(async (ids) => {
      const rows: { activity_id: string; n: number }[] = await ds.query(
        `SELECT activity_id, count(*)::int AS n FROM activity_comment WHERE activity_id = ANY($1::uuid[]) GROUP BY activity_id`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.activity_id, r.n]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    history: grouped<ActivityHistoryEntry>(async (ids) => {
      const rows: AuditRow[] = await ds.query(
        `SELECT id, record_id, action, description, description_en, changes, at, user_id FROM audit_log
          WHERE module = 'activity' AND record_id = ANY($1::text[]) ORDER BY at, id`,
        [ids],
      );
      return rows.map((r) => ({
        key: r.record_id,
        value: Object.assign(new ActivityHistoryEntry(), {
          id: r.id,
          kinds: historyKinds(r.action, r.changes),
          description: ctx.locale === 'en' && r.description_en ? r.description_en : r.description,
          changes: r.changes,
          at: r.at,
          userId: r.user_id,
        }),
      }));
    }),
  };
}

const perRequest = new WeakMap<Context, ReturnType<typeof create>>();

/** Loaders of this module, one set per request (kept beside the request's context). */
export function activityLoaders(ctx: Context) {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = create(ctx.ds, ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
