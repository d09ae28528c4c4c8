import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Customer } from '../customer/customer.entity';
import { User } from '../user/user.entity';
import { ActivityHistoryEntry } from './activity-history.entity';
import { activityLoaders } from './activity-loaders';
import { Activity, ActivityComment } from './activity.entity';
import { ActivityFilter, ActivityOrder, CreateActivityInput, UpdateActivityInput } from './activity.inputs';

const VI = new Intl.Collator('vi');

export const ActivityConnection = ConnectionType(Activity, 'Activity');

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityConnection, { description: 'ACT-07; a STAFF user sees only what they may.' })
  activities(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter?: ActivityFilter,
    @Arg('orderBy', () => [ActivityOrder], { nullable: true }) orderBy?: ActivityOrder[],
  ) {
    return ctx.services.activityQueries.list(ctx.user!, filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => Activity, {
    nullable: true,
    description: 'With comments and history; NOT_FOUND when not visible.',
  })
  activity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.activityQueries.byId(ctx.user!, id);
  }

  @Mutation(() => Activity)
  createActivity(@Ctx() ctx: Context, @Arg('input', () => CreateActivityInput) input: CreateActivityInput) {
    return ctx.services.activities.create(ctx.user!, input);
  }

  @Mutation(() => Activity)
  updateActivity(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateActivityInput) input: UpdateActivityInput,
  ) {
    return ctx.services.activities.update(ctx.user!, id, input);
  }

  @Mutation(() => Int, { description: 'To the trash (creator, their manager, or an admin).' })
  deleteActivities(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.activityTrash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int)
  restoreActivities(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.activityTrash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, {
    description: 'Admin; activities in the trash only. Their history stays in the log.',
  })
  purgeActivities(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.activityTrash.purge(ctx.user!, ids);
  }

  @Mutation(() => ActivityComment)
  addActivityComment(
    @Ctx() ctx: Context,
    @Arg('activityId', () => ID) activityId: string,
    @Arg('body') body: string,
  ) {
    return ctx.services.activities.addComment(ctx.user!, activityId, body);
  }

  @FieldResolver(() => User)
  async assignee(@Root() a: Activity, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(a.assigneeId))!;
  }

  @FieldResolver(() => User)
  async createdBy(@Root() a: Activity, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(a.createdById))!;
  }

  @FieldResolver(() => [User])
  async participants(@Root() a: Activity, @Ctx() ctx: Context) {
    const ids = await activityLoaders(ctx).participantIds.load(a.id);
    const users = await ctx.loaders.user.loadMany(ids);
    return users.filter((u): u is User => u instanceof User);
  }

  @FieldResolver(() => [Customer], { description: 'Only the linked customers the caller may see.' })
  async customers(@Root() a: Activity, @Ctx() ctx: Context) {
    const ids = await activityLoaders(ctx).customerIds.load(a.id);
    const customers = await ctx.loaders.visibleCustomer.loadMany(ids);
    return customers
      .filter((c): c is Customer => c instanceof Customer && !c.deletedAt)
      .sort((x, y) => VI.compare(x.name, y.name));
  }

  @FieldResolver(() => [ActivityComment])
  comments(@Root() a: Activity, @Ctx() ctx: Context) {
    return activityLoaders(ctx).comments.load(a.id);
  }

  @FieldResolver(() => Int)
  commentCount(@Root() a: Activity, @Ctx() ctx: Context) {
    return activityLoaders(ctx).commentCount.load(a.id);
  }

  @FieldResolver(() => [ActivityHistoryEntry], { description: 'ACT-05, oldest first.' })
  history(@Root() a: Activity, @Ctx() ctx: Context) {
    return activityLoaders(ctx).history.load(a.id);
  }
}

@Resolver(() => ActivityComment)
export class ActivityCommentResolver {
  @FieldResolver(() => User)
  async author(@Root() c: ActivityComment, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(c.authorId))!;
  }
}

@Resolver(() => ActivityHistoryEntry)
export class ActivityHistoryResolver {
  @FieldResolver(() => User, { nullable: true })
  user(@Root() h: ActivityHistoryEntry, @Ctx() ctx: Context) {
    return h.userId ? ctx.loaders.user.load(h.userId) : null;
  }
}
