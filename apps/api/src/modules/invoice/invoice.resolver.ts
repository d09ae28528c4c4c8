import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { MoneyScalar } from '../../graphql/scalars';
import { Contract } from '../contract/contract.entity';
import { Order } from '../order/order.entity';
import { Quote } from '../quote/quote.entity';
import { QUOTE_OWNERSHIP } from '../quote/quote.service';
import { DocumentFieldsResolver } from '../sales/document-fields.resolver';
import { CONTRACT_OWNERSHIP, ORDER_OWNERSHIP } from '../sales/sales-document.service';
import { visibleLoader } from '../sales/sales-loaders';
import { Invoice } from './invoice.entity';
import { CreateInvoiceInput, InvoiceFilter, InvoiceOrder, UpdateInvoiceInput } from './invoice.inputs';

export const InvoiceConnection = ConnectionType(Invoice, 'Invoice');

@Resolver(() => Invoice)
export class InvoiceResolver extends DocumentFieldsResolver(Invoice, 'invoice') {
  @Query(() => InvoiceConnection, {
    description: 'Those the caller owns, manages or whose customer they see.',
  })
  async invoices(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => InvoiceFilter, { nullable: true }) filter?: InvoiceFilter,
    @Arg('orderBy', () => [InvoiceOrder], { nullable: true }) orderBy?: InvoiceOrder[],
  ) {
    const list = await ctx.services.invoices.list(ctx.user!, filter ?? {}, orderBy ?? [], page);
    // The rows' customers and owners came with the page: their fields need no query of their own.
    for (const c of list.customers) {
      ctx.loaders.sales.customer.prime(c.id, c);
    }
    for (const u of list.owners) {
      ctx.loaders.user.prime(u.id, u);
    }
    return list;
  }

  @Query(() => Invoice, { nullable: true, description: 'NOT_FOUND when the caller may not see it.' })
  invoice(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.invoices.byId(ctx.user!, id);
  }

  @Mutation(() => Invoice, {
    description: 'From a customer (lines given) or a contract or order (its lines copied); a draft.',
  })
  createInvoice(@Ctx() ctx: Context, @Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput) {
    return ctx.services.invoices.create(ctx.user!, input);
  }

  @Mutation(() => Invoice, {
    description: 'A draft; an issued invoice only in eInvoiceSymbol, eInvoiceNumber and notes.',
  })
  updateInvoice(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateInvoiceInput) input: UpdateInvoiceInput,
  ) {
    return ctx.services.invoices.update(ctx.user!, id, input);
  }

  @Mutation(() => Invoice, { description: 'Nháp → Đã phát hành: lines frozen, buyer copied.' })
  issueInvoice(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return ctx.services.invoices.issue(ctx.user!, id, version);
  }

  @Mutation(() => Invoice, { description: 'Hủy with a reason; refused while receipts pay it.' })
  cancelInvoice(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return ctx.services.invoices.cancel(ctx.user!, id, { version, reason });
  }

  @Mutation(() => Int, { description: 'To the trash (not while receipts pay it).' })
  deleteInvoices(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.invoices.trash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int)
  restoreInvoices(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.invoices.trash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Admin; invoices in the trash only. The number is never reused.' })
  purgeInvoices(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.invoices.trash.purge(ctx.user!, ids);
  }

  @FieldResolver(() => MoneyScalar, {
    description:
      'What is still owed: total − received for an issued invoice; 0 for a draft or a cancelled one.',
  })
  outstanding(@Root() i: Invoice): string {
    return i.status === 'DRAFT' || i.status === 'CANCELLED'
      ? '0'
      : (BigInt(i.total) - BigInt(i.received)).toString();
  }

  @FieldResolver(() => Quote, { nullable: true, description: 'The quote it was made from.' })
  quote(@Root() d: Invoice, @Ctx() ctx: Context) {
    return d.quoteId ? visibleLoader(ctx.loaders.sales, Quote, QUOTE_OWNERSHIP).load(d.quoteId) : null;
  }

  @FieldResolver(() => Contract, { nullable: true })
  contract(@Root() d: Invoice, @Ctx() ctx: Context) {
    return d.contractId
      ? visibleLoader(ctx.loaders.sales, Contract, CONTRACT_OWNERSHIP).load(d.contractId)
      : null;
  }

  @FieldResolver(() => Order, { nullable: true })
  order(@Root() d: Invoice, @Ctx() ctx: Context) {
    return d.orderId ? visibleLoader(ctx.loaders.sales, Order, ORDER_OWNERSHIP).load(d.orderId) : null;
  }
}
