import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';
import { Contract } from '../contract/contract.entity';
import { Invoice } from '../invoice/invoice.entity';
import { Opportunity } from '../opportunity/opportunity.entity';
import { Order } from '../order/order.entity';
import { Quote } from '../quote/quote.entity';
import { Receipt } from '../receipt/receipt.entity';

/** Any sales document (API.md `SalesDocument`). */
export const SalesDocument = createUnionType({
  name: 'SalesDocument',
  types: () => [Opportunity, Quote, Contract, Order, Invoice, Receipt] as const,
  resolveType: (value) => {
    for (const type of [Opportunity, Quote, Contract, Order, Invoice, Receipt]) {
      if (value instanceof type) {
        return type;
      }
    }
    return undefined;
  },
});
export type SalesDocumentValue = Opportunity | Quote | Contract | Order | Invoice | Receipt;

@ObjectType({ simpleResolvers: true })
class SalesDocumentEdge {
  @Field()
  cursor!: string;

  @Field(() => SalesDocument)
  node!: SalesDocumentValue;
}

/** A customer's sales documents of every kind, newest first (CUS-10 "Chứng từ bán hàng"). */
@ObjectType({ simpleResolvers: true })
export class SalesDocumentConnection {
  @Field(() => [SalesDocumentEdge])
  edges!: SalesDocumentEdge[];

  @Field(() => [SalesDocument])
  nodes!: SalesDocumentValue[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { simple: true })
  totalCount!: () => Promise<number>;
}
