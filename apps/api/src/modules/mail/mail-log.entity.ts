import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ReminderKindEnum } from '../reminder/reminder.entity';
import { EnumField, MomentField, TextField } from '../../core/columns';

@ObjectType({ simpleResolvers: true, description: 'A greeting e-mail sent (or attempted) from a reminder.' })
@Entity('mail_log')
export class MailLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @EnumField(ReminderKindEnum)
  kind!: ReminderKindEnum;

  @Field(() => ID)
  @Column({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  @TextField()
  toAddress!: string;

  @TextField()
  subject!: string;

  @TextField({ description: 'SENT or FAILED.' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ name: 'sent_by', type: 'uuid' })
  sentBy!: string;

  @MomentField()
  sentAt!: Date;
}
