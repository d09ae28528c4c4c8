import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Product } from '../product/product.entity';
import { DocumentLine } from './document-line';
import { SalesDocumentConnection } from './sales-document';

@Resolver()
export class SalesDocumentResolver {
  @Query(() => SalesDocumentConnection, {
    description:
      'CUS-10 "Chứng từ bán hàng": a customer’s documents of every kind the caller may see, newest first.',
  })
  customerSalesDocuments(
    @Ctx() ctx: Context,
    @Arg('customerId', () => ID) customerId: string,
    @Args() page: PageArgs,
  ) {
    return ctx.services.salesDocuments.ofCustomer(ctx.user!, customerId, page);
  }
}

@Resolver(() => DocumentLine)
export class DocumentLineResolver {
  @FieldResolver(() => Product, {
    nullable: true,
    description: 'Null for a free-text line or a purged product.',
  })
  product(@Root() l: DocumentLine, @Ctx() ctx: Context) {
    return l.productId ? ctx.loaders.sales.product.load(l.productId) : null;
  }
}
