import { CUSTOMER_FIELDS, sortKeysOf, type FilterValues, type SortKey } from '@sen/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';
import { SortDirection } from '../../graphql/connection';
import { addFilterFields, addInputFields, registerSortEnum } from '../../graphql/record-fields';
import { CustomerKindEnum, CustomerLevelEnum } from './customer.entity';
import { OwnershipAction } from './ownership-event.entity';

export const GroupChangeMode = graphqlEnum(
  ['MOVE', 'ADD', 'REMOVE'] as const,
  'GroupChangeMode',
  'Chuyển nhóm (replace) / Thêm mới (add) / Bỏ nhóm (remove).',
);
export type GroupChangeMode = EnumValue<typeof GroupChangeMode>;

/** The list's sort keys, from the customer declaration. */
export const CustomerSortField = sortKeysOf(CUSTOMER_FIELDS);
export type CustomerSortField = SortKey<typeof CUSTOMER_FIELDS>;
registerSortEnum(CustomerSortField, 'CustomerSortField');

const ENUMS = { kind: CustomerKindEnum, level: CustomerLevelEnum };

@InputType()
export class CustomerOrder {
  @Field(() => CustomerSortField)
  field!: CustomerSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

/**
 * CUS-09. The declared fields' filters (`CUSTOMER_FIELDS[*].filter`) are added below and read by
 * `applyFieldFilters`; the class names the ones written by hand.
 */
@InputType()
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Code, name, e-mail, phone, tax code, addresses.' })
  search?: string | null;

  @Field(() => [CustomerLevelEnum], { nullable: true })
  levels?: CustomerLevelEnum[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
}
addFilterFields(CustomerFilter, CUSTOMER_FIELDS, ENUMS);
/** The filter with its declared fields, by their API names (`email`, `industryIds`, `createdFrom`, …). */
export type CustomerFilterValues = CustomerFilter & FilterValues<typeof CUSTOMER_FIELDS>;

/** The declared fields but the name (required on create); see `createCustomerSchema` for the rules. */
@InputType()
class CustomerFields {}
addInputFields(CustomerFields, CUSTOMER_FIELDS, ['name'], ENUMS);

@InputType()
export class CreateCustomerInput extends CustomerFields {
  @Field()
  name!: string;
}

@InputType()
export class UpdateCustomerInput extends CustomerFields {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class OwnershipHistoryFilter {
  @Field(() => [OwnershipAction], { nullable: true })
  actions?: OwnershipAction[] | null;

  @Field(() => [ID], { nullable: true })
  fromUserIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  toUserIds?: string[] | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
