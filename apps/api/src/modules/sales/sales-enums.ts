import {
  CONTRACT_STATUSES,
  DOCUMENT_TARGETS,
  INVOICE_STATUSES,
  OPPORTUNITY_STAGES,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  PRODUCT_KINDS,
  QUOTE_STATUSES,
  VAT_RATES,
} from '@sen/shared';
import { graphqlEnum } from '../../graphql/enums';

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
export const PaymentMethodEnum = graphqlEnum(PAYMENT_METHODS, 'PaymentMethod');
