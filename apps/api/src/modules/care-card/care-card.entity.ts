import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../../graphql/scalars';

/** CARE-01 Thẻ chăm sóc: the care given to a customer after an order. */
@ObjectType({ simpleResolvers: true })
@Entity('care_card')
export class CareCard {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Mã thẻ chăm sóc.' })
  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Field({ description: 'Số đơn hàng (as typed or taken from the linked order).' })
  @Column({ name: 'order_number', type: 'text' })
  orderNumber!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày chăm sóc.' })
  @Column({ name: 'care_date', type: 'date', nullable: true })
  careDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Kênh chăm sóc (category CARE_CHANNEL).' })
  @Column({ type: 'text', nullable: true })
  channel!: string | null;

  @Field(() => String, { nullable: true, description: 'Mức độ hài lòng (category CARE_SATISFACTION).' })
  @Column({ type: 'text', nullable: true })
  satisfaction!: string | null;

  @Field(() => String, { nullable: true, description: 'Kết quả chăm sóc.' })
  @Column({ type: 'text', nullable: true })
  result!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;

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
