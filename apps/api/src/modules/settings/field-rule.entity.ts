import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  simpleResolvers: true,
  description: 'DUP-01: a field of a module that is required and/or duplicate-checked.',
})
@Entity('field_rule')
export class FieldRule {
  @PrimaryColumn({ type: 'text' })
  module!: string;

  @Field()
  @PrimaryColumn({ type: 'text' })
  field!: string;

  @Field()
  @Column({ type: 'boolean' })
  required!: boolean;

  @Field()
  @Column({ name: 'is_unique', type: 'boolean' })
  unique!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class FieldRuleField {
  @Field()
  field!: string;

  @Field({ description: 'In the caller’s language.' })
  label!: string;

  @Field()
  canBeUnique!: boolean;
}
