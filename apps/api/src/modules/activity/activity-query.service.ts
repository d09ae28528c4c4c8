import { AppError, foldVietnamese } from '@sen/shared';
import type { DataSource } from 'typeorm';
import { paginate, SortDirection, type PageArgs } from '../../graphql/connection';
import type { AuthUser } from '../../core/caller';
import { scopeActivities } from './activity-access';
import { Activity } from './activity.entity';
import { ActivityScope, ActivitySortField, type ActivityFilter, type ActivityOrder } from './activity.inputs';
import { escapeLike, UUID } from '../../core/sql';
import { sortColumns } from '../../core/listing';

const SORT = sortColumns(ActivitySortField, 'a', {
  // A fixed far date instead of NULL keeps the keyset cursor a plain timestamp.
  DUE_AT: `coalesce(a.due_at, '9999-12-31T00:00:00Z'::timestamptz)`,
  START_AT: `coalesce(a.start_at, '9999-12-31T00:00:00Z'::timestamptz)`,
});

const NO_ID = '00000000-0000-0000-0000-000000000000';

export class ActivityQueryService {
  constructor(private readonly ds: DataSource) {}

  /** ACT-07: "my work", "assigned by me" and "all" (as the role allows), with the filters. */
  list(caller: AuthUser, filter: ActivityFilter = {}, orderBy: ActivityOrder[] = [], page: PageArgs) {
    const qb = this.ds.getRepository(Activity).createQueryBuilder('a');
    qb.where(filter.deleted ? 'a.deleted_at IS NOT NULL' : 'a.deleted_at IS NULL');
    switch (filter.scope ?? ActivityScope.ALL) {
      case ActivityScope.MINE:
        // Assigned to the caller: visible by definition, and one index range.
        qb.andWhere('a.assignee_id = :me', { me: caller.id });
        break;
      case ActivityScope.ASSIGNED_BY_ME:
        qb.andWhere('a.created_by = :me AND a.assignee_id <> :me', { me: caller.id });
        break;
      case ActivityScope.ALL:
        scopeActivities(qb, 'a', caller, filter.deleted ? 'own' : 'view');
        break;
      default: {
        const never: never = filter.scope as never;
        throw new Error(`unknown scope ${String(never)}`);
      }
    }
    if (filter.search?.trim()) {
      qb.andWhere('a.search_text LIKE :search', {
        search: `%${escapeLike(foldVietnamese(filter.search.trim()))}%`,
      });
    }
    if (filter.types?.length) {
      qb.andWhere('a.type IN (:...types)', { types: filter.types });
    }
    if (filter.statuses?.length) {
      qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.assigneeIds?.length) {
      qb.andWhere('a.assignee_id IN (:...assigneeIds)', {
        assigneeIds: filter.assigneeIds.filter((x) => UUID.test(x)).concat([NO_ID]),
      });
    }
    if (filter.customerId) {
      qb.andWhere(
        'a.id IN (SELECT fac.activity_id FROM activity_customer fac WHERE fac.customer_id = :fcid)',
        {
          fcid: UUID.test(filter.customerId) ? filter.customerId : NO_ID,
        },
      );
    }
    if (filter.dueFrom) {
      qb.andWhere('a.due_at >= :dueFrom', { dueFrom: filter.dueFrom });
    }
    if (filter.dueTo) {
      qb.andWhere('a.due_at < :dueTo', { dueTo: filter.dueTo });
    }
    const order = orderBy[0] ?? { field: ActivitySortField.CREATED_AT, direction: SortDirection.DESC };
    return paginate(qb, page, { expression: SORT[order.field], direction: order.direction });
  }

  async byId(caller: AuthUser, id: string): Promise<Activity> {
    if (!UUID.test(id)) {
      throw new AppError('NOT_FOUND');
    }
    const qb = this.ds
      .getRepository(Activity)
      .createQueryBuilder('a')
      .where('a.id = :id AND a.deleted_at IS NULL', { id });
    const found = await scopeActivities(qb, 'a', caller, 'view').getOne();
    if (!found) {
      throw new AppError('NOT_FOUND');
    }
    return found;
  }
}
