import type { OpportunityStage } from '@sen/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Category } from '../category/category.entity';
import { Contact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import { Quote } from '../quote/quote.entity';
import { OpportunityStageEnum } from '../sales/sales-enums';
import { User } from '../user/user.entity';
import { Opportunity } from './opportunity.entity';
import {
  CreateOpportunityInput,
  OpportunityFilter,
  OpportunityOrder,
  PipelineStage,
  UpdateOpportunityInput,
} from './opportunity.inputs';

export const OpportunityConnection = ConnectionType(Opportunity, 'Opportunity');

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Query(() => OpportunityConnection, {
    description: 'Those the caller owns, manages or whose customer they see.',
  })
  opportunities(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => OpportunityFilter, { nullable: true }) filter?: OpportunityFilter,
    @Arg('orderBy', () => [OpportunityOrder], { nullable: true }) orderBy?: OpportunityOrder[],
  ) {
    return ctx.services.opportunities.list(ctx.user!, filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => Opportunity, { nullable: true })
  opportunity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.opportunities.byId(ctx.user!, id);
  }

  @Query(() => [PipelineStage], {
    description: 'Count and expected value per stage in the caller’s scope, every stage listed.',
  })
  opportunityPipeline(
    @Ctx() ctx: Context,
    @Arg('filter', () => OpportunityFilter, { nullable: true }) filter?: OpportunityFilter,
  ) {
    return ctx.services.opportunities.pipeline(ctx.user!, filter ?? {});
  }

  @Mutation(() => Opportunity, { description: 'A NEW or OTHER customer becomes APPROACHED (CUS-03).' })
  createOpportunity(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOpportunityInput) input: CreateOpportunityInput,
  ) {
    return ctx.services.opportunities.create(ctx.user!, input);
  }

  @Mutation(() => Opportunity)
  updateOpportunity(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOpportunityInput) input: UpdateOpportunityInput,
  ) {
    return ctx.services.opportunities.update(ctx.user!, id, input);
  }

  @Mutation(() => Opportunity, { description: 'LOST without lostReason → BAD_USER_INPUT.' })
  moveOpportunity(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('stage', () => OpportunityStageEnum) stage: OpportunityStage,
    @Arg('version', () => Int) version: number,
    @Arg('lostReason', () => String, { nullable: true }) lostReason?: string | null,
  ) {
    return ctx.services.opportunities.move(ctx.user!, id, { stage, version, lostReason });
  }

  @Mutation(() => Int, { description: 'To the trash.' })
  deleteOpportunities(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.opportunities.trash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int)
  restoreOpportunities(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.opportunities.trash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Admin; opportunities in the trash only.' })
  purgeOpportunities(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.opportunities.trash.purge(ctx.user!, ids);
  }

  @FieldResolver(() => Customer)
  async customer(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return (await ctx.loaders.sales.customer.load(o.customerId))!;
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return o.contactId ? ctx.loaders.sales.contact.load(o.contactId) : null;
  }

  @FieldResolver(() => Category, { nullable: true, description: 'Nguồn (a SOURCE category).' })
  source(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return o.sourceId ? ctx.loaders.category.load(o.sourceId) : null;
  }

  @FieldResolver(() => User)
  async owner(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(o.ownerId))!;
  }

  @FieldResolver(() => [Quote], { description: 'Its quotes the caller may see, newest first.' })
  quotes(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.services.quotes.ofOpportunity(ctx.user!, o.id);
  }
}
