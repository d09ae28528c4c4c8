import type { InvoiceStatus } from '@sen/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../../graphql/scalars';
import { InvoiceStatusEnum, PaymentMethodEnum } from '../sales/sales-enums';
import { PaidDocument } from '../sales/document-base';

/** SAL-06 Hóa đơn: issued from a customer, a contract or an order; paid by receipts. */
@ObjectType({ simpleResolvers: true })
@Entity('invoice')
export class Invoice extends PaidDocument {
  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'quote_id', type: 'uuid', nullable: true })
  quoteId!: string | null;

  @Column({ name: 'contract_id', type: 'uuid', nullable: true })
  contractId!: string | null;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'buyer_name', type: 'text', nullable: true })
  buyerName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'buyer_tax_code', type: 'text', nullable: true })
  buyerTaxCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'buyer_address', type: 'text', nullable: true })
  buyerAddress!: string | null;

  @Field(() => PaymentMethodEnum, { nullable: true })
  @Column({ name: 'payment_method', type: 'text', nullable: true })
  paymentMethod!: 'CASH' | 'TRANSFER' | 'CASH_OR_TRANSFER' | null;

  @Field(() => InvoiceStatusEnum)
  @Column({ type: 'text' })
  status!: InvoiceStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Ký hiệu hóa đơn điện tử, typed in.' })
  @Column({ name: 'e_invoice_symbol', type: 'text', nullable: true })
  eInvoiceSymbol!: string | null;

  @Field(() => String, { nullable: true, description: 'Số hóa đơn điện tử, typed in.' })
  @Column({ name: 'e_invoice_number', type: 'text', nullable: true })
  eInvoiceNumber!: string | null;
}
