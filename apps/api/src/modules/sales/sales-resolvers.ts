import { ContractResolver } from '../contract/contract.resolver';
import { InvoiceResolver } from '../invoice/invoice.resolver';
import { OpportunityResolver } from '../opportunity/opportunity.resolver';
import { OrderResolver } from '../order/order.resolver';
import { ProductResolver } from '../product/product.resolver';
import { QuoteResolver } from '../quote/quote.resolver';
import { DebtResolver, ReceiptAllocationResolver, ReceiptResolver } from '../receipt/receipt.resolver';
import { DocumentLineResolver, SalesDocumentResolver } from './sales.resolver';

/** The sales half's resolvers, added to the schema in one place. */
export const SALES_RESOLVERS = [
  ProductResolver,
  OpportunityResolver,
  QuoteResolver,
  ContractResolver,
  OrderResolver,
  InvoiceResolver,
  ReceiptResolver,
  ReceiptAllocationResolver,
  DebtResolver,
  SalesDocumentResolver,
  DocumentLineResolver,
] as const;
