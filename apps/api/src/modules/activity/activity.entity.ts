import type { ActivityPriority, ActivityStatus, ActivityType } from '@sen/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => ActivityTypeEnum)
  @Column({ type: 'text' })
  type!: ActivityType;

  @Field(() => ActivityStatusEnum)
  @Column({ type: 'text' })
  status!: ActivityStatus;

  @Field(() => ActivityPriorityEnum)
  @Column({ type: 'text' })
  priority!: ActivityPriority;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'start_at', type: 'timestamptz', nullable: true })
  startAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'assignee_id', type: 'uuid' })
  assigneeId!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById!: string;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
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

  @Field()
  @Column({ type: 'text' })
  body!: string;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
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
