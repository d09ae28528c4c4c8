import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EnumField, IntField } from '../../core/columns';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const OwnershipAction = graphqlEnum(['SHARE', 'TRANSFER'] as const, 'OwnershipAction');
export type OwnershipAction = EnumValue<typeof OwnershipAction>;

@ObjectType({
  simpleResolvers: true,
  description: 'CUS-08: one share or ownership transfer of some customers.',
})
@Entity('ownership_event')
export class OwnershipEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @EnumField(OwnershipAction)
  action!: OwnershipAction;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ name: 'from_user_id', type: 'uuid', nullable: true })
  fromUserId!: string | null;

  @Column({ name: 'to_user_ids', type: 'uuid', array: true })
  toUserIds!: string[];

  @Column({ name: 'customer_ids', type: 'uuid', array: true })
  customerIds!: string[];

  @IntField()
  customerCount!: number;

  @Field()
  @Column({ type: 'timestamptz', insert: false })
  at!: Date;
}
