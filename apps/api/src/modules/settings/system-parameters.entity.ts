import { ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EnumField, IntField, TextField } from '../../core/columns';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const CodeMode = graphqlEnum(['AUTO', 'MANUAL'] as const, 'CodeMode');
export type CodeMode = EnumValue<typeof CodeMode>;

@ObjectType({ simpleResolvers: true })
@Entity('system_parameter')
export class SystemParameters {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @TextField({ nullable: true })
  companyName!: string | null;

  // PAR-01 sender e-mail: admins only, a field of the settings resolver.
  @Column({ name: 'sender_email', type: 'text', nullable: true })
  senderEmail!: string | null;

  @EnumField(CodeMode, { description: 'PAR-02: automatic (prefix + counter) or typed customer codes.' })
  customerCodeMode!: CodeMode;

  @TextField()
  customerCodePrefix!: string;

  @IntField()
  customerCodeWidth!: number;

  @EnumField(CodeMode, { description: 'PAR-03: customer created date automatic or typed.' })
  createdDateMode!: CodeMode;

  @IntField()
  taskReminderDays!: number;

  @IntField()
  anniversaryReminderDays!: number;

  @IntField()
  contactBirthdayReminderDays!: number;

  @IntField()
  contractExpiryReminderDays!: number;

  @IntField()
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

  @IntField()
  version!: number;
}
