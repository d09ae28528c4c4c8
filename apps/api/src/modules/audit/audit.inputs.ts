import { Field, ID, InputType } from 'type-graphql';
import { AuditActionEnum } from './audit-log.entity';

@InputType()
export class AuditLogFilter {
  @Field(() => [AuditActionEnum], { nullable: true })
  actions?: AuditActionEnum[] | null;

  @Field(() => [String], { nullable: true })
  modules?: string[] | null;

  @Field(() => [ID], { nullable: true })
  userIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The record an entry is about.' })
  recordId?: string | null;

  @Field(() => String, { nullable: true, description: 'Diacritic-insensitive search in the description.' })
  search?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
