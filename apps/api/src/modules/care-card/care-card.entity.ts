import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DayField, IntField, MomentField, TextField, TextListField } from '../../core/columns';

/** CARE-01 Thẻ chăm sóc: the care given to a customer after an order. */
@ObjectType({ simpleResolvers: true })
@Entity('care_card')
export class CareCard {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @TextField({ description: 'Mã thẻ chăm sóc.' })
  code!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @TextField({ description: 'Số đơn hàng (as typed or taken from the linked order).' })
  orderNumber!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

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

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @MomentField()
  createdAt!: Date;

  @MomentField()
  updatedAt!: Date;

  @MomentField({ nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy!: string | null;

  @IntField()
  version!: number;
}
