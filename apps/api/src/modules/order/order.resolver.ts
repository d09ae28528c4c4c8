import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { MoneyScalar } from '../../graphql/scalars';
import { Contract } from '../contract/contract.entity';
import { Quote } from '../quote/quote.entity';
import { QUOTE_OWNERSHIP } from '../quote/quote.service';
import { DocumentFieldsResolver } from '../sales/document-fields.resolver';
import { CONTRACT_OWNERSHIP } from '../sales/sales-document.service';
import { visibleLoader } from '../sales/sales-loaders';
import { Order } from './order.entity';
import { CreateOrderInput, OrderFilter, OrderOrder, UpdateOrderInput } from './order.inputs';

export const OrderConnection = ConnectionType(Order, 'Order');

/** SAL-05 Đơn hàng. */
@Resolver(() => Order)
export class OrderResolver extends DocumentFieldsResolver(Order, 'order') {
  @Query(() => OrderConnection, { description: 'Those the caller owns, manages or whose customer they see.' })
  orders(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => OrderFilter, { nullable: true }) filter?: OrderFilter,
    @Arg('orderBy', () => [OrderOrder], { nullable: true }) orderBy?: OrderOrder[],
  ) {
    return ctx.services.orders.list(ctx.user!, filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => Order, { nullable: true, description: 'NOT_FOUND when the caller may not see it.' })
  order(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.orders.byId(ctx.user!, id);
  }

  @Mutation(() => Order, {
    description: 'Totals are computed from the lines; a NEW customer becomes APPROACHED.',
  })
  createOrder(@Ctx() ctx: Context, @Arg('input', () => CreateOrderInput) input: CreateOrderInput) {
    return ctx.services.orders.create(ctx.user!, input);
  }

  @Mutation(() => Order, {
    description:
      'New or processing orders; `lines` replaces every line (not below what was received); status follows the order machine.',
  })
  updateOrder(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrderInput) input: UpdateOrderInput,
  ) {
    return ctx.services.orders.update(ctx.user!, id, input);
  }

  @Mutation(() => Int, { description: 'To the trash (not while it has money received).' })
  deleteOrders(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.orders.trash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int)
  restoreOrders(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.orders.trash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Admin; orders in the trash only.' })
  purgeOrders(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.orders.trash.purge(ctx.user!, ids);
  }

  @FieldResolver(() => MoneyScalar, { description: 'total − received (0 for a cancelled order).' })
  outstanding(@Root() o: Order): string {
    return o.status === 'CANCELLED' ? '0' : (BigInt(o.total) - BigInt(o.received)).toString();
  }

  @FieldResolver(() => Quote, { nullable: true, description: 'The quote it was made from.' })
  quote(@Root() d: Order, @Ctx() ctx: Context) {
    return d.quoteId ? visibleLoader(ctx.loaders.sales, Quote, QUOTE_OWNERSHIP).load(d.quoteId) : null;
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract it belongs to.' })
  contract(@Root() d: Order, @Ctx() ctx: Context) {
    return d.contractId
      ? visibleLoader(ctx.loaders.sales, Contract, CONTRACT_OWNERSHIP).load(d.contractId)
      : null;
  }
}
