import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { scopeOwned } from '../../core/scope';
import { UUID } from '../../core/sql';
import { ACTIVITY_OWNERSHIP } from '../activity/activity-access';
import { period, VN_DAY_END, VN_DAY_START } from './report-period';

@ObjectType({
  simpleResolvers: true,
  description: 'Thống kê công việc: one assignee’s activities by status.',
})
export class TaskStatRow {
  @Field(() => ID)
  assigneeId!: string;

  @Field(() => Int)
  planned!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int, { description: 'Planned or in progress, past their due time.' })
  overdue!: number;

  @Field(() => Int)
  total!: number;
}

/**
 * Activities the caller may see (the activity list's scope), due from–to, per assignee and status;
 * `departmentId` keeps the assignees of that department.
 */
export class TaskStatsService {
  constructor(private readonly ds: DataSource) {}

  async statistics(
    caller: AuthUser,
    fromDay: string,
    toDay: string,
    departmentId?: string | null,
  ): Promise<TaskStatRow[]> {
    const { from, to } = period(fromDay, toDay);
    const qb = this.ds
      .createQueryBuilder()
      .from('activity', 'a')
      .select('a.assignee_id', 'assigneeId')
      .addSelect(`count(*) FILTER (WHERE a.status = 'PLANNED')::int`, 'planned')
      .addSelect(`count(*) FILTER (WHERE a.status = 'IN_PROGRESS')::int`, 'inProgress')
      .addSelect(`count(*) FILTER (WHERE a.status = 'DONE')::int`, 'done')
      .addSelect(`count(*) FILTER (WHERE a.status = 'CANCELLED')::int`, 'cancelled')
      .addSelect(
        `count(*) FILTER (WHERE a.status IN ('PLANNED', 'IN_PROGRESS') AND a.due_at < now())::int`,
        'overdue',
      )
      .addSelect('count(*)::int', 'total')
      .where('a.deleted_at IS NULL')
      .andWhere(`a.due_at >= ${VN_DAY_START('from')} AND a.due_at < ${VN_DAY_END('to')}`, { from, to })
      .groupBy('a.assignee_id');
    if (departmentId) {
      qb.andWhere('a.assignee_id IN (SELECT du.id FROM app_user du WHERE du.department_id = :statDept)', {
        statDept: UUID.test(departmentId) ? departmentId : '00000000-0000-0000-0000-000000000000',
      });
    }
    scopeOwned(qb, 'a', caller, ACTIVITY_OWNERSHIP);
    const rows: TaskStatRow[] = await qb.getRawMany();
    return rows.sort((x, y) => y.total - x.total || x.assigneeId.localeCompare(y.assigneeId));
  }
}
