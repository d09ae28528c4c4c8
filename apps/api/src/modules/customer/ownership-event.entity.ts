import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum OwnershipAction {
  SHARE = 'SHARE',
  TRANSFER = 'TRANSFER',
}
registerEnumType(OwnershipAction, { name: 'OwnershipAction' });

@ObjectType({
  simpleResolvers: true,
  description: 'CUS-08: one share or ownership transfer of some customers.',
})
@Entity('ownership_event')
export class OwnershipEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => OwnershipAction)
  @Column({ type: 'text' })
  action!: OwnershipAction;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @Column({ name: 'from_user_id', type: 'uuid', nullable: true })
  fromUserId!: string | null;

  @Column({ name: 'to_user_ids', type: 'uuid', array: true })
  toUserIds!: string[];

  @Column({ name: 'customer_ids', type: 'uuid', array: true })
  customerIds!: string[];

  @Field(() => Int)
  @Column({ name: 'customer_count', type: 'integer' })
  customerCount!: number;

  @Field()
  @Column({ type: 'timestamptz', insert: false })
  at!: Date;
}
