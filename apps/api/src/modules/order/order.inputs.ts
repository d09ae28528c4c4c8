import type { OrderStatus, PaymentStatus } from '@sen/shared';
import { Field, ID, InputType } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DatedDocumentFilter, DocumentChangeInput, NewDocumentInput } from '../sales/document-inputs';
import { DateScalar } from '../../graphql/scalars';
import { OrderStatusEnum, PaymentStatusEnum } from '../sales/sales-enums';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const OrderSortField = graphqlEnum(
  ['DATE', 'NUMBER', 'TOTAL', 'DELIVERY_DATE', 'CREATED_AT'] as const,
  'OrderSortField',
);
export type OrderSortField = EnumValue<typeof OrderSortField>;

@InputType()
export class OrderOrder {
  @Field(() => OrderSortField)
  field!: OrderSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class OrderFilter extends DatedDocumentFilter('Order') {
  @Field(() => [OrderStatusEnum], { nullable: true })
  statuses?: OrderStatus[] | null;

  @Field(() => [PaymentStatusEnum], { nullable: true })
  paymentStatuses?: PaymentStatus[] | null;

  @Field(() => ID, { nullable: true })
  quoteId?: string | null;

  @Field(() => ID, { nullable: true })
  contractId?: string | null;
}

@InputType()
class OrderFields {
  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A quote of the same customer.' })
  quoteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A contract of the same customer.' })
  contractId?: string | null;

  @Field(() => String, { nullable: true })
  deliveryAddress?: string | null;

  @Field(() => DateScalar, { nullable: true })
  deliveryDate?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
export class CreateOrderInput extends NewDocumentInput(OrderFields) {}

@InputType()
export class UpdateOrderInput extends DocumentChangeInput(OrderFields) {
  @Field(() => OrderStatusEnum, {
    nullable: true,
    description: 'Mới → Đang xử lý → Đã giao; Hủy while not delivered.',
  })
  status?: OrderStatus;
}
