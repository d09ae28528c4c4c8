import type { QuoteStatus } from '@sen/shared';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DateScalar } from '../../graphql/scalars';
import { DocumentLineInput } from '../sales/document-line';
import { QuoteStatusEnum } from '../sales/sales-enums';

export enum QuoteSortField {
  DATE = 'DATE',
  NUMBER = 'NUMBER',
  TOTAL = 'TOTAL',
  VALID_UNTIL = 'VALID_UNTIL',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(QuoteSortField, { name: 'QuoteSortField' });

@InputType()
export class QuoteOrder {
  @Field(() => QuoteSortField)
  field!: QuoteSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class QuoteFilter {
  @Field(() => String, { nullable: true, description: 'Number, customer code and name.' })
  search?: string | null;

  @Field(() => [QuoteStatusEnum], {
    nullable: true,
    description: 'EXPIRED: open quotes past their validity.',
  })
  statuses?: QuoteStatus[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  opportunityId?: string | null;

  @Field(() => [ID], { nullable: true })
  ownerIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Quote date from (inclusive).' })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Quote date to (inclusive).' })
  dateTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
}

@InputType()
class QuoteFields {
  @Field(() => DateScalar, { nullable: true })
  validUntil?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An opportunity of the same customer.' })
  opportunityId?: string | null;

  @Field(() => String, { nullable: true })
  terms?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
export class CreateQuoteInput extends QuoteFields {
  @Field(() => ID)
  customerId!: string;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => [DocumentLineInput])
  lines!: DocumentLineInput[];
}

@InputType()
export class UpdateQuoteInput extends QuoteFields {
  @Field(() => ID, { nullable: true })
  customerId?: string;

  @Field(() => DateScalar, { nullable: true })
  date?: string;

  @Field(() => [DocumentLineInput], { nullable: true, description: 'Replaces every line when given.' })
  lines?: DocumentLineInput[];

  @Field(() => Int)
  version!: number;
}
