import type { InvoiceStatus } from '@sen/shared';
import { ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { InvoiceStatusEnum, PaymentMethodEnum } from '../sales/sales-enums';
import { PaidDocument } from '../sales/document-base';
import { DayField, EnumField, MomentField, TextField } from '../../core/columns';

/** SAL-06 Hóa đơn: issued from a customer, a contract or an order; paid by receipts. */
@ObjectType({ simpleResolvers: true })
@Entity('invoice')
export class Invoice extends PaidDocument {
  @DayField({ nullable: true })
  dueDate!: string | null;

  @Column({ name: 'quote_id', type: 'uuid', nullable: true })
  quoteId!: string | null;

  @Column({ name: 'contract_id', type: 'uuid', nullable: true })
  contractId!: string | null;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @TextField({ nullable: true })
  buyerName!: string | null;

  @TextField({ nullable: true })
  buyerTaxCode!: string | null;

  @TextField({ nullable: true })
  buyerAddress!: string | null;

  @EnumField(PaymentMethodEnum, { nullable: true })
  paymentMethod!: 'CASH' | 'TRANSFER' | 'CASH_OR_TRANSFER' | null;

  @EnumField(InvoiceStatusEnum)
  status!: InvoiceStatus;

  @MomentField({ nullable: true })
  issuedAt!: Date | null;

  @TextField({ nullable: true })
  cancelReason!: string | null;

  @TextField({ nullable: true, description: 'Ký hiệu hóa đơn điện tử, typed in.' })
  eInvoiceSymbol!: string | null;

  @TextField({ nullable: true, description: 'Số hóa đơn điện tử, typed in.' })
  eInvoiceNumber!: string | null;
}
