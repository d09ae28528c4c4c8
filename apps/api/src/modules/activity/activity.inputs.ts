import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { CreateCustomerInput } from '../customer/customer.inputs';
import { ActivityPriorityEnum, ActivityStatusEnum, ActivityTypeEnum } from './activity.entity';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const ActivitySortField = graphqlEnum(
  ['CREATED_AT', 'DUE_AT', 'START_AT', 'NAME'] as const,
  'ActivitySortField',
);
export type ActivitySortField = EnumValue<typeof ActivitySortField>;

/** ACT-07 tabs. */
export const ActivityScope = graphqlEnum(
  ['MINE', 'ASSIGNED_BY_ME', 'ALL'] as const,
  'ActivityScope',
  'MINE: assigned to me ("my work"); ASSIGNED_BY_ME: I created it for someone else; ALL: all I may see.',
);
export type ActivityScope = EnumValue<typeof ActivityScope>;

@InputType()
export class ActivityOrder {
  @Field(() => ActivitySortField)
  field!: ActivitySortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class ActivityFilter {
  @Field(() => String, { nullable: true, description: 'Name and description.' })
  search?: string | null;

  @Field(() => ActivityScope, { nullable: true, description: 'Default ALL.' })
  scope?: ActivityScope | null;

  @Field(() => [ActivityTypeEnum], { nullable: true })
  types?: ActivityTypeEnum[] | null;

  @Field(() => [ActivityStatusEnum], { nullable: true })
  statuses?: ActivityStatusEnum[] | null;

  @Field(() => [ID], { nullable: true })
  assigneeIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Due on or after.' })
  dueFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Due before.' })
  dueTo?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
}

@InputType()
class ActivityFields {
  @Field(() => ActivityStatusEnum, { nullable: true })
  status?: ActivityStatusEnum;

  @Field(() => ActivityPriorityEnum, { nullable: true })
  priority?: ActivityPriorityEnum;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Date, { nullable: true })
  startAt?: Date | null;

  @Field(() => Date, { nullable: true })
  dueAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Defaults to the creator.' })
  assigneeId?: string | null;

  @Field(() => [ID], { nullable: true })
  participantIds?: string[];

  @Field(() => [ID], { nullable: true })
  customerIds?: string[];
}

@InputType()
export class CreateActivityInput extends ActivityFields {
  @Field()
  name!: string;

  @Field(() => ActivityTypeEnum)
  type!: ActivityTypeEnum;

  @Field(() => [CreateCustomerInput], {
    nullable: true,
    description: 'ACT-02: customers created inline ("Thêm mới" in the picker), in the same transaction.',
  })
  newCustomers?: CreateCustomerInput[];
}

@InputType()
export class UpdateActivityInput extends ActivityFields {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ActivityTypeEnum, { nullable: true })
  type?: ActivityTypeEnum;

  @Field(() => Int)
  version!: number;
}
