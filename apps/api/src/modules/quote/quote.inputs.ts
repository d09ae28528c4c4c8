import type { QuoteStatus } from '@sen/shared';
import { Field, ID, InputType } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DatedDocumentFilter, DocumentChangeInput, NewDocumentInput } from '../sales/document-inputs';
import { DateScalar } from '../../graphql/scalars';
import { QuoteStatusEnum } from '../sales/sales-enums';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const QuoteSortField = graphqlEnum(
  ['DATE', 'NUMBER', 'TOTAL', 'VALID_UNTIL', 'CREATED_AT'] as const,
  'QuoteSortField',
);
export type QuoteSortField = EnumValue<typeof QuoteSortField>;

@InputType()
export class QuoteOrder {
  @Field(() => QuoteSortField)
  field!: QuoteSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class QuoteFilter extends DatedDocumentFilter('Quote') {
  @Field(() => [QuoteStatusEnum], {
    nullable: true,
    description: 'EXPIRED: open quotes past their validity.',
  })
  statuses?: QuoteStatus[] | null;

  @Field(() => ID, { nullable: true })
  opportunityId?: string | null;
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
export class CreateQuoteInput extends NewDocumentInput(QuoteFields) {}

@InputType()
export class UpdateQuoteInput extends DocumentChangeInput(QuoteFields) {}
