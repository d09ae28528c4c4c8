import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Quote } from '../quote/quote.entity';
import { QUOTE_OWNERSHIP } from '../quote/quote.service';
import { DocumentFieldsResolver } from '../sales/document-fields.resolver';
import { visibleLoader } from '../sales/sales-loaders';
import { Invoice } from './invoice.entity';

/** Enough of a invoice to open one made from a quote (issue 17 brings the rest). */
@Resolver(() => Invoice)
export class InvoiceResolver extends DocumentFieldsResolver(Invoice, 'invoice') {
  @Query(() => Invoice, { nullable: true, description: 'NOT_FOUND when the caller may not see it.' })
  invoice(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.salesDocuments.invoice(ctx.user!, id);
  }

  @FieldResolver(() => Quote, { nullable: true, description: 'The quote it was made from.' })
  quote(@Root() d: Invoice, @Ctx() ctx: Context) {
    return d.quoteId ? visibleLoader(ctx.loaders.sales, Quote, QUOTE_OWNERSHIP).load(d.quoteId) : null;
  }
}
