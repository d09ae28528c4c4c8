import { ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DayField, TextField, TextListField } from '../../core/columns';
import { OwnedRecord } from '../../core/owned-record';

/** CARE-01 Thẻ chăm sóc: the care given to a customer after an order. */
@ObjectType({ simpleResolvers: true })
@Entity('care_card')
export class CareCard extends OwnedRecord {
  @TextField({ description: 'Mã thẻ chăm sóc.' })
  code!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @TextField({ description: 'Số đơn hàng (as typed or taken from the linked order).' })
  orderNumber!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @DayField({ nullable: true, description: 'Ngày chăm sóc.' })
  careDate!: string | null;

  @TextField({ nullable: true, description: 'Kênh chăm sóc (category CARE_CHANNEL).' })
  channel!: string | null;

  @TextField({ nullable: true, description: 'Mức độ hài lòng (category CARE_SATISFACTION).' })
  satisfaction!: string | null;

  @TextField({ nullable: true, description: 'Kết quả chăm sóc.' })
  result!: string | null;

  @TextField({ nullable: true })
  notes!: string | null;

  @TextListField()
  tags!: string[];

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;
}
