import { Field, ID, ObjectType } from 'type-graphql';
import { JSONScalar } from '../../graphql/scalars';
import { ActivityHistoryKind } from './activity.entity';

/**
 * ACT-05 "Lịch sử cập nhật công việc": read from the append-only audit log, so no API can edit it
 * and it outlives the activity.
 */
@ObjectType({ simpleResolvers: true })
export class ActivityHistoryEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => [ActivityHistoryKind], { description: 'What happened; an edit may be several at once.' })
  kinds!: ActivityHistoryKind[];

  @Field({ description: 'In the caller’s language.' })
  description!: string;

  @Field(() => JSONScalar, { nullable: true, description: '{ field: { from, to } } for edits.' })
  changes!: Record<string, { from: unknown; to: unknown }> | null;

  @Field()
  at!: Date;

  userId!: string | null;
}
