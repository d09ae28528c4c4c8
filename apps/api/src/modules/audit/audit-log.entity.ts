import type { FieldChanges } from '../../core/audit';
import { AUDIT_ACTIONS, type AuditAction } from '@sen/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JSONScalar } from '../../graphql/scalars';
import { EnumField, TextField } from '../../core/columns';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const AuditActionEnum = graphqlEnum(AUDIT_ACTIONS, 'AuditAction');
export type AuditActionEnum = EnumValue<typeof AuditActionEnum>;

@ObjectType({ simpleResolvers: true })
@Entity('audit_log')
export class AuditLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'timestamptz', insert: false })
  at!: Date;

  @EnumField(AuditActionEnum)
  action!: AuditAction;

  @TextField()
  module!: string;

  @TextField({ nullable: true })
  recordId!: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  /** Vietnamese; the resolver answers in the caller's language. */
  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn!: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'For edits: { field: { from, to } } of the changed fields.',
  })
  @Column({ type: 'jsonb', nullable: true })
  changes!: FieldChanges | null;
}
