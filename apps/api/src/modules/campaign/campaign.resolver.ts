import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { MoneyScalar } from '../../graphql/scalars';
import { User } from '../user/user.entity';
import { canManageCampaign, todayVi } from './campaign-access';
import { campaignLoaders } from './campaign-loaders';
import { CampaignDay, CampaignStatsService } from './campaign-stats.service';
import { Campaign, CampaignStats, CampaignStatusEnum, StatusCount } from './campaign.entity';
import { CampaignFilter, CampaignOrder, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';

export const CampaignConnection = ConnectionType(Campaign, 'Campaign');

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection)
  campaigns(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => CampaignFilter, { nullable: true }) filter?: CampaignFilter,
    @Arg('orderBy', () => [CampaignOrder], { nullable: true }) orderBy?: CampaignOrder[],
  ) {
    return ctx.services.campaigns.list(ctx.user!, filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => Campaign, { nullable: true, description: 'NOT_FOUND when there is no such campaign.' })
  campaign(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.campaigns.byId(id);
  }

  @Mutation(() => Campaign)
  createCampaign(@Ctx() ctx: Context, @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput) {
    return ctx.services.campaigns.create(ctx.user!, input);
  }

  @Mutation(() => Campaign)
  updateCampaign(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
  ) {
    return ctx.services.campaigns.update(ctx.user!, id, input);
  }

  @Mutation(() => Boolean, {
    description:
      'To the trash (X-07). A campaign with members answers CONFIRMATION_REQUIRED (memberCount) unless confirm: true.',
  })
  deleteCampaign(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('confirm', () => Boolean, { nullable: true }) confirm?: boolean,
  ) {
    return ctx.services.campaigns.remove(ctx.user!, id, confirm === true);
  }

  @Mutation(() => Int, {
    description:
      'X-07: to the trash with their members, all or none; CONFIRMATION_REQUIRED (memberCount: all their members) unless confirm: true.',
  })
  deleteCampaigns(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('confirm', () => Boolean, { nullable: true }) confirm?: boolean,
  ) {
    return ctx.services.campaigns.moveToTrash(ctx.user!, ids, confirm === true);
  }

  @Mutation(() => Int, { description: 'X-07: back from the trash, by those who may change them.' })
  restoreCampaigns(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.campaigns.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'X-07: ADMIN only, campaigns already in the trash (members go too).' })
  purgeCampaigns(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.campaigns.purge(ctx.user!, ids);
  }

  @FieldResolver(() => CampaignStatusEnum, { description: 'From the dates: UPCOMING, RUNNING or ENDED.' })
  status(@Root() c: Campaign): CampaignStatusEnum {
    const today = todayVi();
    if (c.startDate > today) {
      return CampaignStatusEnum.UPCOMING;
    }
    return c.endDate && c.endDate < today ? CampaignStatusEnum.ENDED : CampaignStatusEnum.RUNNING;
  }

  @FieldResolver(() => User, { nullable: true })
  executor(@Root() c: Campaign, @Ctx() ctx: Context) {
    return c.executorId ? ctx.loaders.user.load(c.executorId) : null;
  }

  @FieldResolver(() => User)
  async creator(@Root() c: Campaign, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(c.creatorId))!;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may edit it and change its members.' })
  canManage(@Root() c: Campaign, @Ctx() ctx: Context) {
    return canManageCampaign(ctx.user!, c);
  }

  @FieldResolver(() => [StatusCount], { description: 'Members currently in each status.' })
  statusCounts(@Root() c: Campaign, @Ctx() ctx: Context) {
    return campaignLoaders(ctx).counts.load(c.id);
  }

  @FieldResolver(() => CampaignStats, { description: 'CMP-07 cumulative totals.' })
  async stats(@Root() c: Campaign, @Ctx() ctx: Context) {
    return CampaignStatsService.totals(await campaignLoaders(ctx).counts.load(c.id));
  }

  @FieldResolver(() => Int)
  async memberCount(@Root() c: Campaign, @Ctx() ctx: Context) {
    return (await campaignLoaders(ctx).counts.load(c.id)).reduce((sum, s) => sum + s.count, 0);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Sum of the expense lines.' })
  totalExpenses(@Root() c: Campaign): string {
    return c.expenses.reduce((sum, e) => sum + BigInt(e.amount), 0n).toString();
  }

  @FieldResolver(() => [CampaignDay], { description: 'Registrations and status moves per day.' })
  timeline(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.services.campaignStats.timeline(c.id);
  }
}
