import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DatedDocumentFilter } from '../sales/document-inputs';
import { DateScalar, MoneyScalar } from '../../graphql/scalars';
import { PaymentMethodEnum } from '../sales/sales-enums';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const ReceiptSortField = graphqlEnum(
  ['DATE', 'NUMBER', 'AMOUNT', 'CREATED_AT'] as const,
  'ReceiptSortField',
);
export type ReceiptSortField = EnumValue<typeof ReceiptSortField>;

@InputType()
export class ReceiptOrder {
  @Field(() => ReceiptSortField)
  field!: ReceiptSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class ReceiptFilter extends DatedDocumentFilter() {
  @Field(() => ID, { nullable: true, description: 'Receipts with an allocation to this invoice.' })
  invoiceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Receipts with an allocation to this order.' })
  orderId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Receipts with an allocation to an instalment of this contract.',
  })
  contractId?: string | null;

  @Field(() => [PaymentMethodEnum], { nullable: true })
  methods?: string[] | null;
}

@InputType()
export class ReceiptAllocationInput {
  @Field(() => ID, { nullable: true })
  invoiceId?: string | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => ID, { nullable: true })
  instalmentId?: string | null;

  @Field(() => MoneyScalar)
  amount!: string;
}

@InputType()
export class CreateReceiptInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => MoneyScalar, { description: 'Whole đồng, above 0.' })
  amount!: string;

  @Field(() => PaymentMethodEnum, { nullable: true })
  method?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => [ReceiptAllocationInput], {
    nullable: true,
    description: 'Each names one invoice, order or instalment; together at most the amount.',
  })
  allocations?: ReceiptAllocationInput[] | null;
}

@InputType()
export class UpdateReceiptInput extends CreateReceiptInput {
  @Field(() => Int)
  version!: number;
}
