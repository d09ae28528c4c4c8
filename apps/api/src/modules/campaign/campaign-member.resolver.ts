import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Customer } from '../customer/customer.entity';
import { User } from '../user/user.entity';
import { campaignLoaders } from './campaign-loaders';
import { Campaign, CampaignMember, CampaignMemberStatusEnum, MemberStatusChange } from './campaign.entity';
import {
  CampaignCustomerFilter,
  CampaignMemberFilter,
  CampaignMemberOrder,
  CampaignRegistrationInput,
} from './campaign.inputs';

@ObjectType({ simpleResolvers: true })
export class AddMembersResult {
  @Field(() => Int)
  added!: number;

  @Field(() => Int, { description: 'Customers already in the campaign.' })
  skipped!: number;
}

export const CampaignMemberConnection = ConnectionType(CampaignMember, 'CampaignMember');

@Resolver(() => CampaignMember)
export class CampaignMemberResolver {
  @Query(() => CampaignMemberConnection)
  campaignMembers(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Args() page: PageArgs,
    @Arg('filter', () => CampaignMemberFilter, { nullable: true }) filter?: CampaignMemberFilter,
    @Arg('orderBy', () => [CampaignMemberOrder], { nullable: true }) orderBy?: CampaignMemberOrder[],
  ) {
    return ctx.services.campaignMembers.list(ctx.user!, campaignId, filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => [ID], {
    description: 'Which of these customers (at most 500) are already members of the campaign.',
  })
  campaignMemberCustomerIds(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('customerIds', () => [ID]) customerIds: string[],
  ) {
    return ctx.services.campaignMembers.memberCustomerIds(campaignId, customerIds);
  }

  @Query(() => [CampaignMember], { description: 'The campaigns of a customer the caller may see.' })
  async customerCampaigns(@Ctx() ctx: Context, @Arg('customerId', () => ID) customerId: string) {
    await ctx.services.customerQueries.byId(ctx.user!, customerId);
    return ctx.services.campaignMembers.ofCustomer(customerId);
  }

  @Mutation(() => AddMembersResult)
  addCampaignMembers(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('customerIds', () => [ID]) customerIds: string[],
  ) {
    return ctx.services.campaignMembers.add(ctx.user!, campaignId, customerIds);
  }

  @Mutation(() => AddMembersResult, {
    description: 'Every customer the caller sees that matches the filter.',
  })
  addCampaignMembersByFilter(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('filter', () => CampaignCustomerFilter) filter: CampaignCustomerFilter,
  ) {
    return ctx.services.campaignMembers.addByFilter(ctx.user!, campaignId, filter);
  }

  @Mutation(() => [CampaignMember], {
    description: 'All or nothing: any move the machine forbids answers INVALID_TRANSITION (refused).',
  })
  changeCampaignMemberStatus(
    @Ctx() ctx: Context,
    @Arg('memberIds', () => [ID]) memberIds: string[],
    @Arg('status', () => CampaignMemberStatusEnum) status: CampaignMemberStatusEnum,
  ) {
    return ctx.services.campaignMembers.changeStatus(ctx.user!, memberIds, status);
  }

  @Mutation(() => CampaignMember)
  recordCampaignKeypress(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('phone') phone: string,
    @Arg('key') key: string,
  ) {
    return ctx.services.campaignInbound.keypress(ctx.user!, campaignId, phone, key);
  }

  @Mutation(() => Boolean, { description: 'Public (no token); rate-limited per client address.' })
  registerForCampaign(
    @Ctx() ctx: Context,
    @Arg('campaignCode') campaignCode: string,
    @Arg('input', () => CampaignRegistrationInput) input: CampaignRegistrationInput,
  ) {
    return ctx.services.campaignInbound.register(ctx.ip, campaignCode, input);
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'Null when the customer is outside the caller’s scope (customerName/customerCode remain).',
  })
  customer(@Root() m: CampaignMember, @Ctx() ctx: Context) {
    return ctx.loaders.visibleCustomer.load(m.customerId);
  }

  @FieldResolver(() => String)
  async customerName(@Root() m: CampaignMember, @Ctx() ctx: Context) {
    return (await campaignLoaders(ctx).customerBasics.load(m.customerId))?.name ?? '';
  }

  @FieldResolver(() => String)
  async customerCode(@Root() m: CampaignMember, @Ctx() ctx: Context) {
    return (await campaignLoaders(ctx).customerBasics.load(m.customerId))?.code ?? '';
  }

  @FieldResolver(() => User, { nullable: true, description: 'The customer’s owner.' })
  async owner(@Root() m: CampaignMember, @Ctx() ctx: Context) {
    const basics = await campaignLoaders(ctx).customerBasics.load(m.customerId);
    return basics ? ctx.loaders.user.load(basics.ownerId) : null;
  }

  @FieldResolver(() => [MemberStatusChange])
  history(@Root() m: CampaignMember, @Ctx() ctx: Context) {
    return campaignLoaders(ctx).history.load(m.id);
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() m: CampaignMember, @Ctx() ctx: Context) {
    return (await campaignLoaders(ctx).campaign.load(m.campaignId))!;
  }
}

@Resolver(() => MemberStatusChange)
export class MemberStatusChangeResolver {
  @FieldResolver(() => User, { nullable: true })
  user(@Root() c: MemberStatusChange, @Ctx() ctx: Context) {
    return c.userId ? ctx.loaders.user.load(c.userId) : null;
  }
}
