import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Quote } from '../quote/quote.entity';
import { QUOTE_OWNERSHIP } from '../quote/quote.service';
import { DocumentFieldsResolver } from '../sales/document-fields.resolver';
import { visibleLoader } from '../sales/sales-loaders';
import { Contract } from './contract.entity';

/** Enough of a contract to open one made from a quote (issue 17 brings the rest). */
@Resolver(() => Contract)
export class ContractResolver extends DocumentFieldsResolver(Contract, 'contract') {
  @Query(() => Contract, { nullable: true, description: 'NOT_FOUND when the caller may not see it.' })
  contract(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.salesDocuments.contract(ctx.user!, id);
  }

  @FieldResolver(() => Quote, { nullable: true, description: 'The quote it was made from.' })
  quote(@Root() d: Contract, @Ctx() ctx: Context) {
    return d.quoteId ? visibleLoader(ctx.loaders.sales, Quote, QUOTE_OWNERSHIP).load(d.quoteId) : null;
  }
}
