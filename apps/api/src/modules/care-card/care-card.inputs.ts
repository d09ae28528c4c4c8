import { CARE_TARGETS, type CareTarget } from '@sen/shared';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DateScalar } from '../../graphql/scalars';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const CareCardSortField = graphqlEnum(
  ['CODE', 'CARE_DATE', 'ORDER_NUMBER', 'CREATED_AT'] as const,
  'CareCardSortField',
);
export type CareCardSortField = EnumValue<typeof CareCardSortField>;

export const CareTargetEnum = Object.fromEntries(CARE_TARGETS.map((t) => [t, t])) as {
  [K in CareTarget]: K;
};
registerEnumType(CareTargetEnum, { name: 'CareTarget', description: 'What a care card generates.' });

@InputType()
export class CareCardOrder {
  @Field(() => CareCardSortField)
  field!: CareCardSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class CareCardFilter {
  @Field(() => String, { nullable: true, description: 'Code, order number, customer code and name.' })
  search?: string | null;

  @Field(() => [ID], { nullable: true })
  ownerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Đơn vị (departments).' })
  unitIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Care date from (inclusive).' })
  careFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Care date to (inclusive).' })
  careTo?: string | null;

  @Field(() => [String], { nullable: true, description: 'An empty string stands for "no channel".' })
  channels?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'An empty string stands for "no satisfaction".' })
  satisfactions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Cards with any of these tags.' })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  orderId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
}

@InputType()
class CareCardFields {
  @Field(() => String, { nullable: true, description: 'Blank: drawn from the CARE_CARD numbering.' })
  code?: string | null;

  @Field(() => ID, { nullable: true, description: 'An order of the same customer.' })
  orderId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Đơn vị (a department).' })
  unitId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  careDate?: string | null;

  @Field(() => String, { nullable: true })
  channel?: string | null;

  @Field(() => String, { nullable: true })
  satisfaction?: string | null;

  @Field(() => String, { nullable: true })
  result?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

@InputType()
export class CreateCareCardInput extends CareCardFields {
  @Field(() => ID)
  customerId!: string;

  @Field()
  orderNumber!: string;
}

@InputType()
export class UpdateCareCardInput extends CareCardFields {
  @Field(() => ID, { nullable: true })
  customerId?: string;

  @Field(() => String, { nullable: true })
  orderNumber?: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ simpleResolvers: true })
export class CareStatBucket {
  @Field(() => String, { nullable: true, description: 'null: the cards without a value.' })
  value!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class CareFieldStat {
  @Field({ description: 'The card’s API field name: channel, satisfaction.' })
  field!: string;

  @Field(() => [CareStatBucket])
  buckets!: CareStatBucket[];
}
