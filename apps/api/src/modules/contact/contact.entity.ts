import type { Gender } from '@sen/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../../graphql/scalars';

export enum GenderEnum {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
  OTHER = 'OTHER',
}
registerEnumType(GenderEnum, { name: 'Gender' });

@ObjectType({ simpleResolvers: true })
@Entity('contact')
export class Contact {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Field(() => GenderEnum, { nullable: true })
  @Column({ type: 'text', nullable: true })
  gender!: Gender | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  birthday!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Field({ description: 'Liên hệ chính: at most one per customer.' })
  @Column({ name: 'is_primary', type: 'boolean' })
  isPrimary!: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'status_id', type: 'uuid', nullable: true })
  statusId!: string | null;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
}
