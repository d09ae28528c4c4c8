import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { OwnedRecord } from '../../core/owned-record';
import { MoneyScalar } from '../../graphql/scalars';
import { PaymentMethodEnum } from '../sales/sales-enums';
import { DayField, EnumField, TextField } from '../../core/columns';

/** SAL-07 Phiếu thu: money received from a customer, allocated to invoices, orders or instalments. */
@ObjectType({ simpleResolvers: true })
@Entity('receipt')
export class Receipt extends OwnedRecord {
  @TextField()
  number!: string;

  @DayField()
  date!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Field(() => MoneyScalar, { description: 'Whole đồng.' })
  @Column({ type: 'bigint' })
  amount!: string;

  @EnumField(PaymentMethodEnum, { nullable: true })
  method!: 'CASH' | 'TRANSFER' | 'CASH_OR_TRANSFER' | null;

  @TextField({ nullable: true })
  note!: string | null;
}

/** Part of a receipt paying one invoice, order or contract instalment (API.md `ReceiptAllocation`). */
@ObjectType({ simpleResolvers: true })
export class ReceiptAllocation {
  @Field(() => ID)
  id!: string;

  receiptId!: string;
  invoiceId!: string | null;
  orderId!: string | null;
  instalmentId!: string | null;

  @Field(() => MoneyScalar)
  amount!: string;
}
