import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { MoneyScalar } from '../../graphql/scalars';
import { Quote } from '../quote/quote.entity';
import { QUOTE_OWNERSHIP } from '../quote/quote.service';
import { DocumentFieldsResolver } from '../sales/document-fields.resolver';
import { visibleLoader } from '../sales/sales-loaders';
import { Order } from './order.entity';

/** Enough of a order to open one made from a quote (issue 17 brings the rest). */
@Resolver(() => Order)
export class OrderResolver extends DocumentFieldsResolver(Order, 'order') {
  @Query(() => Order, { nullable: true, description: 'NOT_FOUND when the caller may not see it.' })
  order(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return ctx.services.salesDocuments.order(ctx.user!, id);
  }

  @FieldResolver(() => MoneyScalar, { description: 'total − received (0 for a cancelled order).' })
  outstanding(@Root() o: Order): string {
    return o.status === 'CANCELLED' ? '0' : (BigInt(o.total) - BigInt(o.received)).toString();
  }

  @FieldResolver(() => Quote, { nullable: true, description: 'The quote it was made from.' })
  quote(@Root() d: Order, @Ctx() ctx: Context) {
    return d.quoteId ? visibleLoader(ctx.loaders.sales, Quote, QUOTE_OWNERSHIP).load(d.quoteId) : null;
  }
}
