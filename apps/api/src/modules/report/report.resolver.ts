import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { User } from '../user/user.entity';
import { Dashboard, UserCount } from './dashboard.types';
import { KpiRow, KpiSubject, KpiTarget, KpiTargetInput } from './kpi.types';
import { TaskStatRow } from './task-stats.service';

@Resolver()
export class ReportResolver {
  @Query(() => Dashboard, { description: 'REP-02: the caller’s dashboard for a period (at most 3 years).' })
  dashboard(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
  ) {
    return ctx.services.dashboard.dashboard(ctx.user!, from, to);
  }

  @Query(() => [KpiRow], {
    description:
      'REP-01: target, actual and % per user (ADMIN all, MANAGER their department, STAFF themself) or per ' +
      'department (ADMIN, MANAGER); month YYYY-MM.',
  })
  kpiReport(@Ctx() ctx: Context, @Arg('month') month: string, @Arg('by', () => KpiSubject) by: KpiSubject) {
    return ctx.services.kpi.report(ctx.user!, month, by);
  }

  @Query(() => [KpiTarget], { description: 'The targets of a month within the caller’s reach.' })
  kpiTargets(@Ctx() ctx: Context, @Arg('month') month: string) {
    return ctx.services.kpi.targets(ctx.user!, month);
  }

  @Mutation(() => [KpiTarget], {
    description:
      'Managers (their department and its people) and admins; audited. Answers the month’s targets.',
  })
  setKpiTargets(
    @Ctx() ctx: Context,
    @Arg('month') month: string,
    @Arg('targets', () => [KpiTargetInput]) targets: KpiTargetInput[],
  ) {
    return ctx.services.kpi.setTargets(ctx.user!, month, targets);
  }

  @Mutation(() => [KpiTarget], {
    description: 'Copies the previous month’s targets to `month` (those already set stay); audited.',
  })
  copyKpiTargets(@Ctx() ctx: Context, @Arg('month') month: string) {
    return ctx.services.kpi.copyFromPreviousMonth(ctx.user!, month);
  }

  @Query(() => [TaskStatRow], {
    description: 'Thống kê công việc: activities due from–to per assignee and status.',
  })
  taskStatistics(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string | null,
  ) {
    return ctx.services.taskStats.statistics(ctx.user!, from, to, departmentId);
  }
}

@Resolver(() => UserCount)
export class UserCountResolver {
  @FieldResolver(() => User)
  async user(@Root() r: UserCount, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(r.userId))!;
  }
}

@Resolver(() => TaskStatRow)
export class TaskStatRowResolver {
  @FieldResolver(() => User)
  async assignee(@Root() r: TaskStatRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(r.assigneeId))!;
  }
}
