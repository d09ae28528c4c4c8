import type { OrderStatus, PaymentStatus } from '@sen/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { OrderStatusEnum, PaymentStatusEnum } from '../sales/sales-enums';
import { PaidDocument } from '../sales/document-base';
import { DayField, EnumField, TextField } from '../../core/columns';

/** SAL-05 Đơn hàng (table `sales_order`: ORDER is an SQL keyword). Paid by receipts. */
@ObjectType({ simpleResolvers: true })
@Entity('sales_order')
export class Order extends PaidDocument {
  @Column({ name: 'quote_id', type: 'uuid', nullable: true })
  quoteId!: string | null;

  @Column({ name: 'contract_id', type: 'uuid', nullable: true })
  contractId!: string | null;

  @TextField({ nullable: true })
  deliveryAddress!: string | null;

  @DayField({ nullable: true })
  deliveryDate!: string | null;

  @EnumField(OrderStatusEnum)
  status!: OrderStatus;

  @Field(() => PaymentStatusEnum, {
    description:
      'Follows what was paid for it: receipts allocated to it plus those of the invoices made from it (`received` is the former alone).',
  })
  @Column({ name: 'payment_status', type: 'text' })
  paymentStatus!: PaymentStatus;
}
