import { type CustomerKind, type CustomerLevel, CUSTOMER_LEVELS, CUSTOMER_KINDS } from '@sen/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CountKind } from '../../graphql/count';
import { DayField, EnumField, IntField, MomentField, TextField, TextListField } from '../../core/columns';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const CustomerLevelEnum = graphqlEnum(CUSTOMER_LEVELS, 'CustomerLevel');
export type CustomerLevelEnum = EnumValue<typeof CustomerLevelEnum>;

export const CustomerKindEnum = graphqlEnum(CUSTOMER_KINDS, 'CustomerKind');
export type CustomerKindEnum = EnumValue<typeof CustomerKindEnum>;

@ObjectType({ simpleResolvers: true })
@Entity('customer')
export class Customer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @TextField()
  code!: string;

  @TextField()
  name!: string;

  @EnumField(CustomerKindEnum)
  kind!: CustomerKind;

  @EnumField(CustomerLevelEnum)
  level!: CustomerLevel;

  @TextField({ nullable: true })
  email!: string | null;

  @TextField({ nullable: true })
  phone!: string | null;

  @TextField({ nullable: true })
  fax!: string | null;

  @TextField({ nullable: true })
  taxCode!: string | null;

  @TextField({ nullable: true })
  website!: string | null;

  @TextField({ nullable: true })
  officeAddress!: string | null;

  @TextField({ nullable: true })
  businessAddress!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tỉnh/Thành phố: one of the 34 units since 1 July 2025.',
  })
  @Column({ type: 'text', nullable: true })
  province!: string | null;

  @DayField({ nullable: true })
  foundedOn!: string | null;

  @TextField({ nullable: true })
  description!: string | null;

  @Column({ name: 'industry_id', type: 'uuid', nullable: true })
  industryId!: string | null;

  @Column({ name: 'scale_id', type: 'uuid', nullable: true })
  scaleId!: string | null;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @TextListField()
  labels!: string[];

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @MomentField()
  createdAt!: Date;

  @MomentField()
  updatedAt!: Date;

  @MomentField({ nullable: true, description: 'Set while the customer is in the trash.' })
  deletedAt!: Date | null;

  @IntField()
  version!: number;
}

@ObjectType({ simpleResolvers: true })
export class LevelCount {
  @Field(() => CustomerLevelEnum)
  level!: CustomerLevel;

  @Field(() => Int)
  count!: number;

  /** EXACT, or ESTIMATE when the filter matches too many customers to count on every request. */
  @Field(() => CountKind)
  kind!: CountKind;
}

@ObjectType({ simpleResolvers: true, description: 'CUS-07: what any user may see of any customer.' })
export class CustomerLookupHit {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  ownerName!: string;

  @Field(() => String, { nullable: true })
  officeAddress!: string | null;

  @Field(() => String, { nullable: true })
  businessAddress!: string | null;
}
