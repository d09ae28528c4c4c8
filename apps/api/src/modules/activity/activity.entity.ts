import type { ActivityPriority, ActivityStatus, ActivityType } from '@sen/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EnumField, IntField, MomentField, TextField } from '../../core/columns';

export enum ActivityTypeEnum {
  CALL = 'CALL',
  MEETING = 'MEETING',
  EMAIL = 'EMAIL',
  TASK = 'TASK',
  NOTE = 'NOTE',
  APPOINTMENT = 'APPOINTMENT',
}
registerEnumType(ActivityTypeEnum, { name: 'ActivityType' });

export enum ActivityStatusEnum {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActivityStatusEnum, { name: 'ActivityStatus' });

export enum ActivityPriorityEnum {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(ActivityPriorityEnum, { name: 'ActivityPriority' });

@ObjectType({
  simpleResolvers: true,
  description: 'ACT-01: a piece of work with customers (giao dịch / công việc).',
})
@Entity('activity')
export class Activity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @TextField()
  name!: string;

  @EnumField(ActivityTypeEnum)
  type!: ActivityType;

  @EnumField(ActivityStatusEnum)
  status!: ActivityStatus;

  @EnumField(ActivityPriorityEnum)
  priority!: ActivityPriority;

  @TextField({ nullable: true })
  description!: string | null;

  @MomentField({ nullable: true })
  startAt!: Date | null;

  @MomentField({ nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'assignee_id', type: 'uuid' })
  assigneeId!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById!: string;

  @MomentField()
  createdAt!: Date;

  @MomentField()
  updatedAt!: Date;

  @MomentField({ nullable: true })
  deletedAt!: Date | null;

  @IntField()
  version!: number;
}

@ObjectType({ simpleResolvers: true, description: 'ACT-04: never edited once written.' })
@Entity('activity_comment')
export class ActivityComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @TextField()
  body!: string;

  @MomentField()
  createdAt!: Date;
}

export enum ActivityHistoryKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  REASSIGNED = 'REASSIGNED',
  COMMENTED = 'COMMENTED',
  DELETED = 'DELETED',
  RESTORED = 'RESTORED',
}
registerEnumType(ActivityHistoryKind, { name: 'ActivityHistoryKind' });
