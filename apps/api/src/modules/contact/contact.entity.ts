import { type Gender, GENDERS } from '@sen/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BoolField, DayField, EnumField, IntField, MomentField, TextField } from '../../core/columns';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const GenderEnum = graphqlEnum(GENDERS, 'Gender');
export type GenderEnum = EnumValue<typeof GenderEnum>;

@ObjectType({ simpleResolvers: true })
@Entity('contact')
export class Contact {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @TextField()
  name!: string;

  @TextField({ nullable: true })
  title!: string | null;

  @EnumField(GenderEnum, { nullable: true })
  gender!: Gender | null;

  @TextField({ nullable: true })
  mobile!: string | null;

  @TextField({ nullable: true })
  email!: string | null;

  @DayField({ nullable: true })
  birthday!: string | null;

  @TextField({ nullable: true })
  address!: string | null;

  @BoolField({ description: 'Liên hệ chính: at most one per customer.' })
  isPrimary!: boolean;

  @TextField({ nullable: true })
  notes!: string | null;

  @Column({ name: 'status_id', type: 'uuid', nullable: true })
  statusId!: string | null;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @MomentField()
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @MomentField({ nullable: true })
  deletedAt!: Date | null;

  @IntField()
  version!: number;
}
