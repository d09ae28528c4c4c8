import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DateScalar, MoneyScalar } from '../../graphql/scalars';
import { CustomerKindEnum, CustomerLevelEnum } from '../customer/customer.entity';
import { CampaignMemberStatusEnum, CampaignStatusEnum } from './campaign.entity';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const CampaignSortField = graphqlEnum(
  ['NAME', 'CODE', 'START_DATE', 'END_DATE', 'CREATED_AT'] as const,
  'CampaignSortField',
);
export type CampaignSortField = EnumValue<typeof CampaignSortField>;

@InputType()
export class CampaignOrder {
  @Field(() => CampaignSortField)
  field!: CampaignSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class CampaignFilter {
  @Field(() => String, { nullable: true, description: 'Name, code, type, executor or creator name.' })
  search?: string | null;

  @Field(() => [ID], { nullable: true })
  executorIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  creatorIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Campaigns starting on or after this day.' })
  startFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Campaigns starting on or before this day.' })
  startTo?: string | null;

  @Field(() => CampaignStatusEnum, { nullable: true })
  status?: CampaignStatusEnum | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
}

@InputType()
export class CampaignExpenseInput {
  @Field()
  item!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => DateScalar, { nullable: true })
  date?: string | null;
}

@InputType()
export class CampaignKeyMappingInput {
  @Field()
  key!: string;

  @Field(() => CampaignMemberStatusEnum)
  status!: CampaignMemberStatusEnum;
}

@InputType()
class CampaignFields {
  @Field(() => String, { nullable: true, description: 'Generated (CD000001…) when empty.' })
  code?: string | null;

  @Field(() => String, { nullable: true })
  type?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => ID, { nullable: true })
  executorId?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  goals?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  budget?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  expectedRevenue?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  actualRevenue?: string | null;

  @Field(() => [CampaignExpenseInput], { nullable: true })
  expenses?: CampaignExpenseInput[];

  @Field(() => [CampaignKeyMappingInput], { nullable: true })
  keyMap?: CampaignKeyMappingInput[];
}

@InputType()
export class CreateCampaignInput extends CampaignFields {
  @Field()
  name!: string;

  @Field(() => DateScalar)
  startDate!: string;
}

@InputType()
export class UpdateCampaignInput extends CampaignFields {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string;

  @Field(() => Int)
  version!: number;
}

export const CampaignMemberSortField = graphqlEnum(
  ['NAME', 'STATUS', 'JOINED_AT'] as const,
  'CampaignMemberSortField',
);
export type CampaignMemberSortField = EnumValue<typeof CampaignMemberSortField>;

@InputType()
export class CampaignMemberOrder {
  @Field(() => CampaignMemberSortField)
  field!: CampaignMemberSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class CampaignMemberFilter {
  @Field(() => String, { nullable: true, description: 'Customer name, office address, phone, e-mail.' })
  search?: string | null;

  @Field(() => [CampaignMemberStatusEnum], { nullable: true })
  statuses?: CampaignMemberStatusEnum[] | null;

  @Field(() => [ID], { nullable: true, description: 'Owners of the customers.' })
  ownerIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  joinedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  joinedTo?: string | null;
}

/** The picker's "tick all matching": the customers module's own filter fields. */
@InputType()
export class CampaignCustomerFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => [CustomerLevelEnum], { nullable: true })
  levels?: CustomerLevelEnum[] | null;

  @Field(() => [ID], { nullable: true })
  groupIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  ownerIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  labels?: string[] | null;

  @Field(() => CustomerKindEnum, { nullable: true })
  kind?: CustomerKindEnum | null;
}

@InputType()
export class CampaignRegistrationInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  company?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
