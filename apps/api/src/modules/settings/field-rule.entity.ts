import { Field, ObjectType } from 'type-graphql';
import { Entity, PrimaryColumn } from 'typeorm';
import { BoolField } from '../../core/columns';

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

  @BoolField()
  required!: boolean;

  @BoolField({ name: 'is_unique' })
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
