import { Field, InputType, Int } from 'type-graphql';
import { CodeMode } from './system-parameters.entity';

@InputType()
export class SystemParametersInput {
  @Field(() => String, { nullable: true })
  companyName?: string | null;

  @Field(() => String, { nullable: true })
  senderEmail?: string | null;

  @Field(() => CodeMode, { nullable: true })
  customerCodeMode?: CodeMode;

  @Field(() => String, { nullable: true })
  customerCodePrefix?: string;

  @Field(() => Int, { nullable: true })
  customerCodeWidth?: number;

  @Field(() => CodeMode, { nullable: true })
  createdDateMode?: CodeMode;

  @Field(() => Int, { nullable: true })
  taskReminderDays?: number;

  @Field(() => Int, { nullable: true })
  anniversaryReminderDays?: number;

  @Field(() => Int, { nullable: true })
  contactBirthdayReminderDays?: number;

  @Field(() => Int, { nullable: true })
  contractExpiryReminderDays?: number;

  @Field(() => Int, { nullable: true })
  paymentReminderDays?: number;

  @Field(() => String, { nullable: true })
  smtpHost?: string | null;

  @Field(() => Int, { nullable: true })
  smtpPort?: number | null;

  @Field(() => Boolean, { nullable: true })
  smtpSecure?: boolean;

  @Field(() => String, { nullable: true })
  smtpUser?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Write-only; an empty string clears it, null/absent keeps it.',
  })
  smtpPassword?: string | null;

  @Field(() => Int, { nullable: true, description: 'When given, a stale version is refused (CONFLICT).' })
  version?: number;
}

@InputType()
export class FieldRuleInput {
  @Field()
  field!: string;

  @Field()
  required!: boolean;

  @Field()
  unique!: boolean;
}
