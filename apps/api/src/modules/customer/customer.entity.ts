import type { CustomerKind, CustomerLevel } from '@sen/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CountKind } from '../../graphql/count';
import { DateScalar } from '../../graphql/scalars';

export enum CustomerLevelEnum {
  NEW = 'NEW',
  INTERESTED = 'INTERESTED',
  APPROACHED = 'APPROACHED',
  SIGNED = 'SIGNED',
  PAUSED = 'PAUSED',
  OTHER = 'OTHER',
}
registerEnumType(CustomerLevelEnum, { name: 'CustomerLevel' });

export enum CustomerKindEnum {
  B2B = 'B2B',
  B2C = 'B2C',
}
registerEnumType(CustomerKindEnum, { name: 'CustomerKind' });

@ObjectType({ simpleResolvers: true })
@Entity('customer')
export class Customer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text' })
  code!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => CustomerKindEnum)
  @Column({ type: 'text' })
  kind!: CustomerKind;

  @Field(() => CustomerLevelEnum)
  @Column({ type: 'text' })
  level!: CustomerLevel;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  fax!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'tax_code', type: 'text', nullable: true })
  taxCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'office_address', type: 'text', nullable: true })
  officeAddress!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'business_address', type: 'text', nullable: true })
  businessAddress!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tỉnh/Thành phố: one of the 34 units since 1 July 2025.',
  })
  @Column({ type: 'text', nullable: true })
  province!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'founded_on', type: 'date', nullable: true })
  foundedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'industry_id', type: 'uuid', nullable: true })
  industryId!: string | null;

  @Column({ name: 'scale_id', type: 'uuid', nullable: true })
  scaleId!: string | null;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  labels!: string[];

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set while the customer is in the trash.' })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
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
