import { Contract } from '../contract/contract.entity';
import { Invoice } from '../invoice/invoice.entity';
import { Opportunity } from '../opportunity/opportunity.entity';
import { Order } from '../order/order.entity';
import { Product } from '../product/product.entity';
import { Quote } from '../quote/quote.entity';
import { Receipt } from '../receipt/receipt.entity';

/** The sales half's entities, registered with the data source in one place. */
export const SALES_ENTITIES = [Product, Opportunity, Quote, Contract, Order, Invoice, Receipt];
