import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { DateScalar } from '../../graphql/scalars';
import { PaymentInstalment } from '../contract/contract-instalment';
import { Customer } from '../customer/customer.entity';
import { Invoice } from '../invoice/invoice.entity';
import { Order } from '../order/order.entity';
import { INVOICE_OWNERSHIP, ORDER_OWNERSHIP } from '../sales/sales-document.service';
import { visibleLoader } from '../sales/sales-loaders';
import { User } from '../user/user.entity';
import { Debt, DebtConnection, DebtFilter } from './debt.service';
import { Receipt, ReceiptAllocation } from './receipt.entity';
import { CreateReceiptInput, ReceiptFilter, ReceiptOrder, UpdateReceiptInput } from './receipt.inputs';

export const ReceiptConnection = ConnectionType(Receipt, 'Receipt');

@Resolver(() => Receipt)
export class ReceiptResolver {
  @Query(() => ReceiptConnection, {
    description: 'Those the caller owns, manages or whose customer they see.',
  })
  receipts(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ReceiptFilter, { nullable: true }) filter?: ReceiptFilter,
    @Arg('orderBy', () => [ReceiptOrder], { nullable: true }) orderBy?: ReceiptOrder[],
  ) {
    return ctx.services.receipts.list(ctx.user!, filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => Receipt, { nullable: true })
  receipt(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.receipts.byId(ctx.user!, id);
  }

  @Mutation(() => Receipt, {
    description:
      'An allocation above a document’s outstanding, or allocations above the amount → BAD_USER_INPUT, nothing written.',
  })
  createReceipt(@Ctx() ctx: Context, @Arg('input', () => CreateReceiptInput) input: CreateReceiptInput) {
    return ctx.services.receipts.create(ctx.user!, input);
  }

  @Mutation(() => Receipt, {
    description:
      'Version-checked; the allocations are replaced as a whole, each document moving by the difference. Refused as for createReceipt, nothing written.',
  })
  updateReceipt(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateReceiptInput) input: UpdateReceiptInput,
  ) {
    return ctx.services.receipts.update(ctx.user!, id, input);
  }

  @Mutation(() => Int, { description: 'To the trash: what it paid is owed again.' })
  deleteReceipts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.receipts.trash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Pays its documents again (refused if that over-pays one).' })
  restoreReceipts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.receipts.trash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Admin; receipts in the trash only.' })
  purgeReceipts(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.receipts.trash.purge(ctx.user!, ids);
  }

  @FieldResolver(() => Customer)
  async customer(@Root() r: Receipt, @Ctx() ctx: Context) {
    return (await ctx.loaders.sales.customer.load(r.customerId))!;
  }

  @FieldResolver(() => User)
  async owner(@Root() r: Receipt, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(r.ownerId))!;
  }

  @FieldResolver(() => [ReceiptAllocation])
  allocations(@Root() r: Receipt, @Ctx() ctx: Context) {
    return ctx.loaders.sales.allocations.load(r.id);
  }
}

@Resolver(() => ReceiptAllocation)
export class ReceiptAllocationResolver {
  @FieldResolver(() => Invoice, { nullable: true })
  invoice(@Root() a: ReceiptAllocation, @Ctx() ctx: Context) {
    return a.invoiceId
      ? visibleLoader(ctx.loaders.sales, Invoice, INVOICE_OWNERSHIP).load(a.invoiceId)
      : null;
  }

  @FieldResolver(() => Order, { nullable: true })
  order(@Root() a: ReceiptAllocation, @Ctx() ctx: Context) {
    return a.orderId ? visibleLoader(ctx.loaders.sales, Order, ORDER_OWNERSHIP).load(a.orderId) : null;
  }

  @FieldResolver(() => PaymentInstalment, { nullable: true })
  instalment(@Root() a: ReceiptAllocation, @Ctx() ctx: Context) {
    return a.instalmentId ? ctx.loaders.sales.instalment.load(a.instalmentId) : null;
  }
}

@Resolver(() => Debt)
export class DebtResolver {
  @Query(() => Debt, { description: 'SAL-07 Công nợ of one customer, from the invoices the caller sees.' })
  customerDebt(
    @Ctx() ctx: Context,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
  ) {
    return ctx.services.debts.ofCustomer(ctx.user!, customerId, asOf);
  }

  @Query(() => DebtConnection, { description: 'Customers still owing, most owed first.' })
  debts(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => DebtFilter, { nullable: true }) filter?: DebtFilter,
  ) {
    return ctx.services.debts.list(ctx.user!, filter ?? {}, page);
  }

  @FieldResolver(() => Customer)
  async customer(@Root() d: Debt, @Ctx() ctx: Context) {
    return (await ctx.loaders.sales.customer.load(d.customerId))!;
  }
}
