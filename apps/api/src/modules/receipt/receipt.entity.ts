import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar, MoneyScalar } from '../../graphql/scalars';
import { PaymentMethodEnum } from '../sales/sales-enums';

/** SAL-07 Phiếu thu: money received from a customer, allocated to invoices, orders or instalments. */
@ObjectType({ simpleResolvers: true })
@Entity('receipt')
export class Receipt {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text' })
  number!: string;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  date!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Field(() => MoneyScalar, { description: 'Whole đồng.' })
  @Column({ type: 'bigint' })
  amount!: string;

  @Field(() => PaymentMethodEnum, { nullable: true })
  @Column({ type: 'text', nullable: true })
  method!: 'CASH' | 'TRANSFER' | 'CASH_OR_TRANSFER' | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy!: string | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
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
