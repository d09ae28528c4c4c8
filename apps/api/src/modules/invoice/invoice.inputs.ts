import type { InvoiceStatus } from '@sen/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DatedDocumentFilter } from '../sales/document-inputs';
import { DateScalar } from '../../graphql/scalars';
import { DocumentLineInput } from '../sales/document-line';
import { InvoiceStatusEnum, PaymentMethodEnum } from '../sales/sales-enums';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const InvoiceSortField = graphqlEnum(
  ['DATE', 'NUMBER', 'TOTAL', 'DUE_DATE', 'CREATED_AT'] as const,
  'InvoiceSortField',
);
export type InvoiceSortField = EnumValue<typeof InvoiceSortField>;

@InputType()
export class InvoiceOrder {
  @Field(() => InvoiceSortField)
  field!: InvoiceSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class InvoiceFilter extends DatedDocumentFilter('Invoice') {
  @Field(() => String, {
    nullable: true,
    description: 'Invoice number, contract number, customer code and name.',
  })
  override search?: string | null;

  @Field(() => [InvoiceStatusEnum], { nullable: true })
  statuses?: InvoiceStatus[] | null;

  @Field(() => ID, { nullable: true })
  contractId?: string | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only invoices still owing (issued or partly paid).' })
  unpaidOnly?: boolean | null;
}

@InputType()
class InvoiceFields {
  @Field(() => DateScalar, { nullable: true })
  dueDate?: string | null;

  @Field(() => PaymentMethodEnum, { nullable: true })
  paymentMethod?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  eInvoiceSymbol?: string | null;

  @Field(() => String, { nullable: true })
  eInvoiceNumber?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
export class CreateInvoiceInput extends InvoiceFields {
  @Field(() => ID, { nullable: true, description: 'Required unless a contract or an order is given.' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Its customer and lines are copied.' })
  contractId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Its customer and lines are copied.' })
  orderId?: string | null;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => [DocumentLineInput], { nullable: true, description: 'Instead of the source’s lines.' })
  lines?: DocumentLineInput[] | null;
}

@InputType()
export class UpdateInvoiceInput extends InvoiceFields {
  @Field(() => DateScalar, { nullable: true })
  date?: string;

  @Field(() => [DocumentLineInput], { nullable: true, description: 'Replaces every line (drafts only).' })
  lines?: DocumentLineInput[];

  @Field(() => Int)
  version!: number;
}
