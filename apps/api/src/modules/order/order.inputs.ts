import type { OrderStatus, PaymentStatus } from '@sen/shared';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DateScalar } from '../../graphql/scalars';
import { DocumentLineInput } from '../sales/document-line';
import { OrderStatusEnum, PaymentStatusEnum } from '../sales/sales-enums';

export enum OrderSortField {
  DATE = 'DATE',
  NUMBER = 'NUMBER',
  TOTAL = 'TOTAL',
  DELIVERY_DATE = 'DELIVERY_DATE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OrderSortField, { name: 'OrderSortField' });

@InputType()
export class OrderOrder {
  @Field(() => OrderSortField)
  field!: OrderSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class OrderFilter {
  @Field(() => String, { nullable: true, description: 'Number, customer code and name.' })
  search?: string | null;

  @Field(() => [OrderStatusEnum], { nullable: true })
  statuses?: OrderStatus[] | null;

  @Field(() => [PaymentStatusEnum], { nullable: true })
  paymentStatuses?: PaymentStatus[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  quoteId?: string | null;

  @Field(() => ID, { nullable: true })
  contractId?: string | null;

  @Field(() => [ID], { nullable: true })
  ownerIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Order date from (inclusive).' })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Order date to (inclusive).' })
  dateTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
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
export class CreateOrderInput extends OrderFields {
  @Field(() => ID)
  customerId!: string;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => [DocumentLineInput])
  lines!: DocumentLineInput[];
}

@InputType()
export class UpdateOrderInput extends OrderFields {
  @Field(() => ID, { nullable: true })
  customerId?: string;

  @Field(() => DateScalar, { nullable: true })
  date?: string;

  @Field(() => [DocumentLineInput], { nullable: true, description: 'Replaces every line when given.' })
  lines?: DocumentLineInput[];

  @Field(() => OrderStatusEnum, {
    nullable: true,
    description: 'Mới → Đang xử lý → Đã giao; Hủy while not delivered.',
  })
  status?: OrderStatus;

  @Field(() => Int)
  version!: number;
}
