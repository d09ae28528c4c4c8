import type { CareTarget } from '@sen/shared';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Customer } from '../customer/customer.entity';
import { GroupChangeMode } from '../customer/customer.inputs';
import { Order } from '../order/order.entity';
import { visibleLoader } from '../sales/sales-loaders';
import { documentOwnership } from '../sales/document-access';
import { Department } from '../user/department.entity';
import { User } from '../user/user.entity';
import { generateFromCareCard } from './care-card-generate';
import { CareCard } from './care-card.entity';
import {
  CareCardFilter,
  CareCardOrder,
  CareFieldStat,
  CareTargetEnum,
  CreateCareCardInput,
  UpdateCareCardInput,
} from './care-card.inputs';

export const CareCardConnection = ConnectionType(CareCard, 'CareCard');

const ORDER_OWNERSHIP = documentOwnership('sales_order');

@Resolver(() => CareCard)
export class CareCardResolver {
  @Query(() => CareCardConnection, {
    description: 'CARE-04: those the caller owns, manages or has been shared.',
  })
  careCards(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => CareCardFilter, { nullable: true }) filter?: CareCardFilter,
    @Arg('orderBy', () => [CareCardOrder], { nullable: true }) orderBy?: CareCardOrder[],
  ) {
    // The list's screens ask for the total with the page: both are read at once.
    const total = info.fieldNodes.some((f) =>
      f.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'totalCount'),
    );
    return ctx.services.careCards.list(ctx.user!, filter ?? {}, orderBy ?? [], page, total);
  }

  @Query(() => CareCard, { nullable: true })
  careCard(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.careCards.byId(ctx.user!, id);
  }

  @Query(() => [CareFieldStat], {
    description: 'Thống kê nhanh: counts per value of each care field over the filtered cards.',
  })
  careCardStats(
    @Ctx() ctx: Context,
    @Arg('filter', () => CareCardFilter, { nullable: true }) filter?: CareCardFilter,
  ) {
    return ctx.services.careCards.stats(ctx.user!, filter ?? {});
  }

  @Mutation(() => CareCard, { description: 'A blank code is drawn from the CARE_CARD numbering.' })
  createCareCard(@Ctx() ctx: Context, @Arg('input', () => CreateCareCardInput) input: CreateCareCardInput) {
    return ctx.services.careCards.create(ctx.user!, input);
  }

  @Mutation(() => CareCard)
  updateCareCard(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCareCardInput) input: UpdateCareCardInput,
  ) {
    return ctx.services.careCards.update(ctx.user!, id, input);
  }

  @Mutation(() => CareCard, { description: 'Nhân bản: a copy with a new code, owned by the caller.' })
  cloneCareCard(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.careCards.clone(ctx.user!, id);
  }

  @Mutation(() => CareCard, { description: 'CARE-03: a card for one order.' })
  generateCareCard(@Ctx() ctx: Context, @Arg('orderId', () => ID) orderId: string) {
    return ctx.services.careCards.generate(ctx.user!, orderId);
  }

  @Mutation(() => ID, {
    description:
      'Sinh cơ hội / báo giá / đơn hàng from one card (customer, and the linked order’s lines); the new id.',
  })
  generateFromCareCard(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('to', () => CareTargetEnum) to: CareTarget,
  ) {
    return generateFromCareCard(ctx, id, to);
  }

  @Mutation(() => Int, { description: 'Bàn giao công việc: to another active user (TRANSFER entries).' })
  handOverCareCards(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('toUserId', () => ID) toUserId: string,
  ) {
    return ctx.services.careCards.handOver(ctx.user!, ids, toUserId);
  }

  @Mutation(() => Int)
  shareCareCards(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('userIds', () => [ID]) userIds: string[],
  ) {
    return ctx.services.careCards.share(ctx.user!, ids, userIds);
  }

  @Mutation(() => Int)
  tagCareCards(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('tags', () => [String]) tags: string[],
    @Arg('mode', () => GroupChangeMode) mode: GroupChangeMode,
  ) {
    return ctx.services.careCards.tag(ctx.user!, ids, tags, mode);
  }

  @Mutation(() => Int, { description: 'To the trash.' })
  deleteCareCards(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.careCards.trash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int)
  restoreCareCards(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.careCards.trash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Admin; cards in the trash only.' })
  purgeCareCards(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.careCards.trash.purge(ctx.user!, ids);
  }

  @FieldResolver(() => Customer)
  async customer(@Root() c: CareCard, @Ctx() ctx: Context) {
    return (await ctx.loaders.sales.customer.load(c.customerId))!;
  }

  @FieldResolver(() => Order, {
    nullable: true,
    description: 'The linked order, when the caller may see it.',
  })
  order(@Root() c: CareCard, @Ctx() ctx: Context) {
    return c.orderId ? visibleLoader(ctx.loaders.sales, Order, ORDER_OWNERSHIP).load(c.orderId) : null;
  }

  @FieldResolver(() => User)
  async owner(@Root() c: CareCard, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(c.ownerId))!;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'Đơn vị.' })
  unit(@Root() c: CareCard, @Ctx() ctx: Context) {
    return c.unitId ? ctx.loaders.department.load(c.unitId) : null;
  }

  @FieldResolver(() => [User])
  async sharedWith(@Root() c: CareCard, @Ctx() ctx: Context) {
    const rows = await ctx.services.careCards.sharedWith([c.id]);
    const users = await Promise.all(rows.map((r) => ctx.loaders.user.load(r.userId)));
    return users.filter((u): u is User => Boolean(u));
  }
}
