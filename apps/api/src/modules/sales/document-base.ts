import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every sales document shares (SALES-DESIGN.md "Data"): number, customer, owner,
 * the totals computed from its lines, trash and version. Each document's entity extends it.
 */
@ObjectType()
export abstract class DocumentBase {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  /** Written only from `computeTotals`, with the lines (whole đồng; pg answers bigint as text). */
  @Column({ type: 'bigint' })
  amount!: string;

  @Column({ type: 'bigint' })
  discount!: string;

  @Column({ type: 'bigint' })
  vat!: string;

  @Column({ type: 'bigint' })
  total!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy!: string | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;
}
