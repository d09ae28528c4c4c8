import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DateScalar } from '../../graphql/scalars';
import { RoleEnum } from './user.entity';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const UserSortField = graphqlEnum(['NAME', 'EMAIL', 'ROLE', 'CREATED_AT'] as const, 'UserSortField');
export type UserSortField = EnumValue<typeof UserSortField>;

@InputType()
export class UserOrder {
  @Field(() => UserSortField)
  field!: UserSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Name or e-mail, diacritic-insensitive.' })
  search?: string | null;

  @Field(() => [RoleEnum], { nullable: true })
  roles?: RoleEnum[] | null;

  @Field(() => [ID], { nullable: true })
  departmentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class CreateUserInput {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field()
  password!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  birthday?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  email?: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Sets a new password (admin reset).' })
  password?: string;

  @Field(() => RoleEnum, { nullable: true })
  role?: RoleEnum;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  birthday?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates the user.' })
  active?: boolean;

  @Field(() => Int)
  version!: number;
}
