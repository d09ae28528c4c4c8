import type { DocumentTarget, QuoteStatus } from '@sen/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Opportunity } from '../opportunity/opportunity.entity';
import { OPPORTUNITY_OWNERSHIP } from '../opportunity/opportunity.service';
import { DocumentFieldsResolver } from '../sales/document-fields.resolver';
import { visibleLoader } from '../sales/sales-loaders';
import { DocumentTargetEnum, QuoteStatusEnum } from '../sales/sales-enums';
import { SalesDocument } from '../sales/sales-document';
import { convertQuote } from './quote-convert';
import { Quote } from './quote.entity';
import { CreateQuoteInput, QuoteFilter, QuoteOrder, UpdateQuoteInput } from './quote.inputs';
import { shownStatus } from './quote.service';

export const QuoteConnection = ConnectionType(Quote, 'Quote');

@Resolver(() => Quote)
export class QuoteResolver extends DocumentFieldsResolver(Quote, 'quote') {
  @Query(() => QuoteConnection, { description: 'Those the caller owns, manages or whose customer they see.' })
  quotes(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => QuoteFilter, { nullable: true }) filter?: QuoteFilter,
    @Arg('orderBy', () => [QuoteOrder], { nullable: true }) orderBy?: QuoteOrder[],
  ) {
    return ctx.services.quotes.list(ctx.user!, filter ?? {}, orderBy ?? [], page);
  }

  @Query(() => Quote, { nullable: true })
  quote(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.quotes.byId(ctx.user!, id);
  }

  @Mutation(() => Quote, {
    description: 'Totals are computed from the lines; a NEW customer becomes APPROACHED.',
  })
  createQuote(@Ctx() ctx: Context, @Arg('input', () => CreateQuoteInput) input: CreateQuoteInput) {
    return ctx.services.quotes.create(ctx.user!, input);
  }

  @Mutation(() => Quote, { description: 'Draft, sent or expired quotes; `lines` replaces every line.' })
  updateQuote(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateQuoteInput) input: UpdateQuoteInput,
  ) {
    return ctx.services.quotes.update(ctx.user!, id, input);
  }

  @Mutation(() => Quote, {
    description: 'Nháp → Đã gửi → Chấp nhận | Từ chối; INVALID_TRANSITION otherwise.',
  })
  setQuoteStatus(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => QuoteStatusEnum) status: QuoteStatus,
    @Arg('version', () => Int) version: number,
  ) {
    return ctx.services.quotes.setStatus(ctx.user!, id, { status, version });
  }

  @Mutation(() => SalesDocument, {
    description:
      'A contract, order or invoice with the quote’s customer, contact and lines; linked both ways.',
  })
  convertQuote(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('to', () => DocumentTargetEnum) to: DocumentTarget,
  ) {
    return convertQuote(ctx.ds, ctx.services.quotes, ctx.user!, id, to);
  }

  @Mutation(() => Int, { description: 'To the trash.' })
  deleteQuotes(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.quotes.trash.remove(ctx.user!, ids);
  }

  @Mutation(() => Int)
  restoreQuotes(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.quotes.trash.restore(ctx.user!, ids);
  }

  @Mutation(() => Int, { description: 'Admin; quotes in the trash only.' })
  purgeQuotes(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return ctx.services.quotes.trash.purge(ctx.user!, ids);
  }

  @FieldResolver(() => QuoteStatusEnum, { description: 'EXPIRED once an open quote’s validity has passed.' })
  status(@Root() q: Quote): QuoteStatus {
    return shownStatus(q);
  }

  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() q: Quote, @Ctx() ctx: Context) {
    return q.opportunityId
      ? visibleLoader(ctx.loaders.sales, Opportunity, OPPORTUNITY_OWNERSHIP).load(q.opportunityId)
      : null;
  }

  @FieldResolver(() => [SalesDocument], {
    description: 'The contracts, orders and invoices made from it that the caller may see.',
  })
  convertedTo(@Root() q: Quote, @Ctx() ctx: Context) {
    return ctx.services.salesDocuments.fromQuote(ctx.user!, q.id);
  }
}
