import type { ContractStatus } from '@sen/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { DocumentFilter } from '../sales/document-inputs';
import { DateScalar, MoneyScalar } from '../../graphql/scalars';
import { DocumentLineInput } from '../sales/document-line';
import { ContractStatusEnum } from '../sales/sales-enums';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const ContractSortField = graphqlEnum(
  ['SIGNED_ON', 'NUMBER', 'TOTAL', 'VALID_TO', 'CREATED_AT'] as const,
  'ContractSortField',
);
export type ContractSortField = EnumValue<typeof ContractSortField>;

@InputType()
export class ContractOrder {
  @Field(() => ContractSortField)
  field!: ContractSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class ContractFilter extends DocumentFilter {
  @Field(() => [ContractStatusEnum], { nullable: true })
  statuses?: ContractStatus[] | null;

  @Field(() => DateScalar, { nullable: true })
  signedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  signedTo?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Valid to on or before this day.' })
  expiringBefore?: string | null;

  @Field(() => Boolean, { nullable: true })
  signed?: boolean | null;
}

@InputType()
export class InstalmentInput {
  @Field(() => ID, { nullable: true, description: 'An existing instalment (keeps what it received).' })
  id?: string | null;

  @Field(() => DateScalar)
  dueDate!: string;

  @Field(() => MoneyScalar)
  amount!: string;
}

@InputType()
class ContractFields {
  @Field(() => String, { nullable: true, description: 'Typed, or drawn from the numbering when left out.' })
  number?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => ID, { nullable: true })
  quoteId?: string | null;

  @Field(() => ID, { nullable: true })
  opportunityId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  signedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  validTo?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'The value of a contract without lines.' })
  value?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Đã ký: makes the customer SIGNED (CUS-03).' })
  signed?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Chuyển khách hàng vào nhóm đã ký: makes the customer SIGNED (CUS-03).',
  })
  moveToSignedGroup?: boolean;

  @Field(() => ContractStatusEnum, { nullable: true })
  status?: ContractStatus;

  @Field(() => String, { nullable: true })
  terms?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => [DocumentLineInput], { nullable: true, description: 'Replaces every line when given.' })
  lines?: DocumentLineInput[];

  @Field(() => [InstalmentInput], {
    nullable: true,
    description: 'The payment schedule (replaces it when given); the sum may not exceed the total.',
  })
  instalments?: InstalmentInput[];
}

@InputType()
export class CreateContractInput extends ContractFields {
  @Field(() => ID)
  customerId!: string;
}

@InputType()
export class UpdateContractInput extends ContractFields {
  @Field(() => ID, { nullable: true })
  customerId?: string;

  @Field(() => Int)
  version!: number;
}
