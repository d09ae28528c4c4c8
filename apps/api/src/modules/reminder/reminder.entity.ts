import { REMINDER_KINDS } from '@sen/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const ReminderKindEnum = graphqlEnum(REMINDER_KINDS, 'ReminderKind');
export type ReminderKindEnum = EnumValue<typeof ReminderKindEnum>;

@ObjectType({
  simpleResolvers: true,
  description: 'REM-01..04: something due on `date` (a Vietnamese calendar day).',
})
export class Reminder {
  @Field(() => ReminderKindEnum)
  kind!: ReminderKindEnum;

  @Field(() => DateScalar, { description: 'The day of the event (birthday, anniversary, due date).' })
  date!: string;

  @Field(() => ID, { description: 'The user, customer, contact or activity it is about.' })
  recordId!: string;

  @Field()
  title!: string;

  // The contact is the caller's (owned, or of a customer shared with them): naming its customer
  // reveals nothing more. Read in the same statement as the contacts.
  @Field(() => String, { nullable: true, description: 'E.g. the customer of a contact.' })
  subtitle!: string | null;

  @Field(() => String, { nullable: true, description: 'Where a greeting can be sent.' })
  email!: string | null;
}
