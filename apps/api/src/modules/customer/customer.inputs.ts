import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DateScalar } from '../../graphql/scalars';
import { CustomerKindEnum, CustomerLevelEnum } from './customer.entity';
import { OwnershipAction } from './ownership-event.entity';

export enum GroupChangeMode {
  MOVE = 'MOVE',
  ADD = 'ADD',
  REMOVE = 'REMOVE',
}
registerEnumType(GroupChangeMode, {
  name: 'GroupChangeMode',
  description: 'Chuyển nhóm (replace) / Thêm mới (add) / Bỏ nhóm (remove).',
});

export enum CustomerSortField {
  CODE = 'CODE',
  NAME = 'NAME',
  LEVEL = 'LEVEL',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  CREATED_AT = 'CREATED_AT',
  OWNER = 'OWNER',
}
registerEnumType(CustomerSortField, { name: 'CustomerSortField' });

@InputType()
export class CustomerOrder {
  @Field(() => CustomerSortField)
  field!: CustomerSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Code, name, e-mail, phone, tax code, addresses.' })
  search?: string | null;

  @Field(() => [CustomerLevelEnum], { nullable: true })
  levels?: CustomerLevelEnum[] | null;

  @Field(() => [ID], { nullable: true })
  groupIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  labels?: string[] | null;

  @Field(() => [ID], { nullable: true })
  ownerIds?: string[] | null;

  @Field(() => CustomerKindEnum, { nullable: true })
  kind?: CustomerKindEnum | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  taxCode?: string | null;

  @Field(() => String, { nullable: true })
  officeAddress?: string | null;

  @Field(() => String, { nullable: true })
  businessAddress?: string | null;

  @Field(() => [ID], { nullable: true })
  industryIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  scaleIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  sourceIds?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Created on or after this day (Asia/Ho_Chi_Minh).',
  })
  createdFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Created on or before this day (Asia/Ho_Chi_Minh).',
  })
  createdTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
}

@InputType()
class CustomerFields {
  @Field(() => String, {
    nullable: true,
    description: 'Typed code; generated when empty in AUTO mode (PAR-02).',
  })
  code?: string | null;

  @Field(() => CustomerKindEnum, { nullable: true })
  kind?: CustomerKindEnum;

  @Field(() => CustomerLevelEnum, {
    nullable: true,
    description: 'Only INTERESTED and PAUSED are set by hand.',
  })
  level?: CustomerLevelEnum;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  fax?: string | null;

  @Field(() => String, { nullable: true })
  taxCode?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  officeAddress?: string | null;

  @Field(() => String, { nullable: true })
  businessAddress?: string | null;

  @Field(() => DateScalar, { nullable: true })
  foundedOn?: string | null;

  @Field(() => [ID], { nullable: true })
  groupIds?: string[];

  @Field(() => [String], { nullable: true })
  labels?: string[];

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Used in MANUAL created-date mode (PAR-03).' })
  createdAt?: Date | null;

  @Field(() => ID, { nullable: true })
  industryId?: string | null;

  @Field(() => ID, { nullable: true })
  scaleId?: string | null;

  @Field(() => ID, { nullable: true })
  sourceId?: string | null;
}

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
