import { Field, ID, ObjectType } from 'type-graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';
import { IntField, MomentField } from './columns';

/**
 * The columns of every record with a trash and a version (API.md "Conventions"): id, when it was
 * created, trash, optimistic version. An entity extends it.
 */
@ObjectType()
export abstract class VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @MomentField()
  createdAt!: Date;

  @MomentField({ nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy!: string | null;

  @IntField()
  version!: number;
}

/** …with an owner, who created it, and its last change (sales documents, opportunities). */
@ObjectType()
export abstract class OwnedRecord extends VersionedRecord {
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @MomentField()
  updatedAt!: Date;
}
