import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum CodeMode {
  AUTO = 'AUTO',
  MANUAL = 'MANUAL',
}
registerEnumType(CodeMode, { name: 'CodeMode' });

@ObjectType({ simpleResolvers: true })
@Entity('system_parameter')
export class SystemParameters {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Field(() => String, { nullable: true })
  @Column({ name: 'company_name', type: 'text', nullable: true })
  companyName!: string | null;

  // PAR-01 sender e-mail: admins only, a field of the settings resolver.
  @Column({ name: 'sender_email', type: 'text', nullable: true })
  senderEmail!: string | null;

  @Field(() => CodeMode, { description: 'PAR-02: automatic (prefix + counter) or typed customer codes.' })
  @Column({ name: 'customer_code_mode', type: 'text' })
  customerCodeMode!: CodeMode;

  @Field()
  @Column({ name: 'customer_code_prefix', type: 'text' })
  customerCodePrefix!: string;

  @Field(() => Int)
  @Column({ name: 'customer_code_width', type: 'integer' })
  customerCodeWidth!: number;

  @Field(() => CodeMode, { description: 'PAR-03: customer created date automatic or typed.' })
  @Column({ name: 'created_date_mode', type: 'text' })
  createdDateMode!: CodeMode;

  @Field(() => Int)
  @Column({ name: 'task_reminder_days', type: 'integer' })
  taskReminderDays!: number;

  @Field(() => Int)
  @Column({ name: 'anniversary_reminder_days', type: 'integer' })
  anniversaryReminderDays!: number;

  @Field(() => Int)
  @Column({ name: 'contact_birthday_reminder_days', type: 'integer' })
  contactBirthdayReminderDays!: number;

  @Field(() => Int)
  @Column({ name: 'contract_expiry_reminder_days', type: 'integer' })
  contractExpiryReminderDays!: number;

  @Field(() => Int)
  @Column({ name: 'payment_reminder_days', type: 'integer' })
  paymentReminderDays!: number;

  // The mail-server settings (PAR-01, admins only) are GraphQL fields of the settings resolver,
  // which refuses them to anyone else.
  @Column({ name: 'smtp_host', type: 'text', nullable: true })
  smtpHost!: string | null;

  @Column({ name: 'smtp_port', type: 'integer', nullable: true })
  smtpPort!: number | null;

  @Column({ name: 'smtp_secure', type: 'boolean' })
  smtpSecure!: boolean;

  @Column({ name: 'smtp_user', type: 'text', nullable: true })
  smtpUser!: string | null;

  /** Write-only: never a GraphQL field. */
  @Column({ name: 'smtp_password', type: 'text', nullable: true })
  smtpPassword!: string | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
}
