import type { OpportunityStage } from '@sen/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DateScalar, MoneyScalar } from '../../graphql/scalars';
import { OpportunityStageEnum } from '../sales/sales-enums';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const OpportunitySortField = graphqlEnum(
  ['CREATED_AT', 'CODE', 'NAME', 'EXPECTED_VALUE', 'EXPECTED_CLOSE_DATE', 'STAGE_CHANGED_AT'] as const,
  'OpportunitySortField',
);
export type OpportunitySortField = EnumValue<typeof OpportunitySortField>;

@InputType()
export class OpportunityOrder {
  @Field(() => OpportunitySortField)
  field!: OpportunitySortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class OpportunityFilter {
  @Field(() => String, { nullable: true, description: 'Code, name, customer code and name.' })
  search?: string | null;

  @Field(() => [OpportunityStageEnum], { nullable: true })
  stages?: OpportunityStage[] | null;

  @Field(() => [ID], { nullable: true })
  ownerIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Expected close date from (inclusive).' })
  closeFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Expected close date to (inclusive).' })
  closeTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
}

@InputType()
class OpportunityFields {
  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => OpportunityStageEnum, { nullable: true })
  stage?: OpportunityStage;

  @Field(() => Int, { nullable: true, description: 'Percent; the stage’s default when left out.' })
  probability?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  expectedValue?: string | null;

  @Field(() => DateScalar, { nullable: true })
  expectedCloseDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'A SOURCE category (Nguồn).' })
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required with stage LOST.' })
  lostReason?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
export class CreateOpportunityInput extends OpportunityFields {
  @Field()
  name!: string;

  @Field(() => ID)
  customerId!: string;
}

@InputType()
export class UpdateOpportunityInput extends OpportunityFields {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  customerId?: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A column of the pipeline: its cards’ count and summed value.',
})
export class PipelineStage {
  @Field(() => OpportunityStageEnum)
  stage!: OpportunityStage;

  @Field(() => Int)
  count!: number;

  @Field(() => MoneyScalar, { description: 'Sum of the expected values.' })
  value!: string;
}
