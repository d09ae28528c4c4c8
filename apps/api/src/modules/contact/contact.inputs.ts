import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DateScalar } from '../../graphql/scalars';
import { GenderEnum } from './contact.entity';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const ContactSortField = graphqlEnum(
  ['NAME', 'TITLE', 'EMAIL', 'MOBILE', 'CREATED_AT'] as const,
  'ContactSortField',
);
export type ContactSortField = EnumValue<typeof ContactSortField>;

@InputType()
export class ContactOrder {
  @Field(() => ContactSortField)
  field!: ContactSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class ContactFilter {
  @Field(() => String, { nullable: true, description: 'Name, title, mobile, e-mail.' })
  search?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => GenderEnum, { nullable: true })
  gender?: GenderEnum | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [ID], { nullable: true })
  ownerIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
}

@InputType()
class ContactFields {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => GenderEnum, { nullable: true })
  gender?: GenderEnum | null;

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => DateScalar, { nullable: true })
  birthday?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Ticking it moves the flag from the customer’s other contact.',
  })
  isPrimary?: boolean;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID, { nullable: true })
  statusId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
export class CreateContactInput extends ContactFields {
  @Field()
  name!: string;
}

@InputType()
export class UpdateContactInput extends ContactFields {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Int)
  version!: number;
}
