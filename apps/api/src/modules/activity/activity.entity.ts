import {
  type ActivityPriority,
  type ActivityStatus,
  type ActivityType,
  ACTIVITY_TYPES,
  ACTIVITY_STATUSES,
  ACTIVITY_PRIORITIES,
} from '@sen/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EnumField, IntField, MomentField, TextField } from '../../core/columns';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const ActivityTypeEnum = graphqlEnum(ACTIVITY_TYPES, 'ActivityType');
export type ActivityTypeEnum = EnumValue<typeof ActivityTypeEnum>;

export const ActivityStatusEnum = graphqlEnum(ACTIVITY_STATUSES, 'ActivityStatus');
export type ActivityStatusEnum = EnumValue<typeof ActivityStatusEnum>;

export const ActivityPriorityEnum = graphqlEnum(ACTIVITY_PRIORITIES, 'ActivityPriority');
export type ActivityPriorityEnum = EnumValue<typeof ActivityPriorityEnum>;

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

export const ActivityHistoryKind = graphqlEnum(
  ['CREATED', 'UPDATED', 'STATUS_CHANGED', 'REASSIGNED', 'COMMENTED', 'DELETED', 'RESTORED'] as const,
  'ActivityHistoryKind',
);
export type ActivityHistoryKind = EnumValue<typeof ActivityHistoryKind>;
