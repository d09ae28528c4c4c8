import {
  CONTRACT_STATUSES,
  DOCUMENT_TARGETS,
  INVOICE_STATUSES,
  OPPORTUNITY_STAGES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
  PRODUCT_KINDS,
  QUOTE_STATUSES,
  VAT_RATES,
} from '@sen/shared';
import { registerEnumType } from 'type-graphql';

/** A GraphQL enum whose values are the shared package's constants (one list, both sides). */
function graphqlEnum<const V extends readonly string[]>(
  values: V,
  name: string,
  description?: string,
): { [K in V[number]]: K } {
  const e = Object.fromEntries(values.map((v) => [v, v])) as { [K in V[number]]: K };
  registerEnumType(e, { name, description });
  return e;
}

export const VatRateEnum = graphqlEnum(
  VAT_RATES,
  'VatRate',
  '0 %, 5 %, 8 %, 10 %, and KCT (not subject to VAT).',
);
export const ProductKindEnum = graphqlEnum(PRODUCT_KINDS, 'ProductKind');
export const OpportunityStageEnum = graphqlEnum(OPPORTUNITY_STAGES, 'OpportunityStage');
export const QuoteStatusEnum = graphqlEnum(
  QUOTE_STATUSES,
  'QuoteStatus',
  'EXPIRED is what a DRAFT or SENT quote shows once its validity has passed.',
);
export const DocumentTargetEnum = graphqlEnum(DOCUMENT_TARGETS, 'DocumentTarget');
export const ContractStatusEnum = graphqlEnum(CONTRACT_STATUSES, 'ContractStatus');
export const OrderStatusEnum = graphqlEnum(ORDER_STATUSES, 'OrderStatus');
export const PaymentStatusEnum = graphqlEnum(PAYMENT_STATUSES, 'PaymentStatus');
export const InvoiceStatusEnum = graphqlEnum(INVOICE_STATUSES, 'InvoiceStatus');
export const PaymentMethodEnum = graphqlEnum(
  ['CASH', 'TRANSFER', 'CASH_OR_TRANSFER'] as const,
  'PaymentMethod',
);
