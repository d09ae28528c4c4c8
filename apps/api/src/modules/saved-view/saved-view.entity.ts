import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { JSONScalar } from '../../graphql/scalars';
import { TextField } from '../../core/columns';

/** A named view of a list (CARE-04, X-03): its filter, visible columns and sort. */
@ObjectType({ simpleResolvers: true })
@Entity('saved_view')
export class SavedView {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @TextField({ description: 'The list, by its plural route name (customers, care-cards…).' })
  module!: string;

  @TextField()
  name!: string;

  @Field(() => JSONScalar, {
    description:
      'The list’s filter as the screen keeps it. References to users, groups or units that no longer exist are left out (see droppedFilters).',
  })
  @Column({ type: 'jsonb', default: {} })
  filter!: Record<string, unknown>;

  @Field(() => [String], { description: 'The visible columns, in order; empty: the list’s own default.' })
  @Column({ type: 'text', array: true, default: [] })
  columns!: string[];

  @Field(() => JSONScalar, { nullable: true })
  @Column({ name: 'order_by', type: 'jsonb', nullable: true })
  orderBy!: unknown;

  @Field({ description: 'Offered to every user (each still sees only the records they may see).' })
  @Column({ type: 'boolean', default: false })
  shared!: boolean;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Filled per caller: whether this is the view the caller opens the list with. */
  @Field({ description: 'The view the caller opens this list with (setDefaultView).' })
  isDefault!: boolean;

  @Field(() => [String], {
    description: 'Filter keys whose users, groups or units no longer exist, left out of `filter`.',
  })
  droppedFilters!: string[];
}
