import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ReminderKindEnum } from '../reminder/reminder.entity';

@ObjectType({ simpleResolvers: true, description: 'A greeting e-mail sent (or attempted) from a reminder.' })
@Entity('mail_log')
export class MailLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ReminderKindEnum)
  @Column({ type: 'text' })
  kind!: ReminderKindEnum;

  @Field(() => ID)
  @Column({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  @Field()
  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Field()
  @Column({ type: 'text' })
  subject!: string;

  @Field({ description: 'SENT or FAILED.' })
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ name: 'sent_by', type: 'uuid' })
  sentBy!: string;

  @Field()
  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}
