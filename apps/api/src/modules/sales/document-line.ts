import type { VatRate } from '@sen/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../graphql/scalars';
import { DecimalScalar } from './decimal-scalar';
import { VatRateEnum } from './sales-enums';

/** One line of a quote, contract, order or invoice as stored (API.md `DocumentLine`). */
@ObjectType('DocumentLine', { simpleResolvers: true })
export class DocumentLine {
  @Field(() => ID)
  id!: string;

  /** The document the line belongs to. */
  documentId!: string;

  @Field(() => Int, { description: '1, 2, 3… in the order of the document.' })
  position!: number;

  productId!: string | null;

  @Field()
  productName!: string;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => MoneyScalar)
  unitPrice!: string;

  @Field(() => DecimalScalar, { nullable: true })
  discountPercent!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'The discount typed as an amount, if any.' })
  discountAmount!: string | null;

  @Field(() => VatRateEnum)
  vatRate!: VatRate;

  @Field(() => MoneyScalar, { description: 'round(quantity × unitPrice).' })
  amount!: string;

  @Field(() => MoneyScalar)
  discount!: string;

  @Field(() => MoneyScalar)
  vat!: string;

  @Field(() => MoneyScalar, { description: 'amount − discount + vat.' })
  total!: string;
}

@ObjectType('VatSubtotal', { simpleResolvers: true })
export class VatSubtotal {
  @Field(() => VatRateEnum)
  rate!: VatRate;

  @Field(() => MoneyScalar, { description: 'Amount less discount of the lines at this rate.' })
  base!: string;

  @Field(() => MoneyScalar, { description: 'The sum of those lines’ VAT.' })
  vat!: string;
}

/** A document's totals; `vatByRate` reads the lines only when it is asked for. */
@ObjectType('DocumentTotals', { simpleResolvers: true })
export class DocumentTotals {
  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => MoneyScalar)
  discount!: string;

  @Field(() => MoneyScalar)
  vat!: string;

  @Field(() => MoneyScalar)
  total!: string;

  // A simple (default) resolver calls the function.
  @Field(() => [VatSubtotal], { simple: true, description: 'One entry per rate used, 0 % … 10 %, KCT.' })
  vatByRate!: () => Promise<VatSubtotal[]>;

  @Field({ description: 'The total read out in Vietnamese: "Mười một triệu … đồng".' })
  inWords!: string;
}

/**
 * API.md `DocumentLineInput`. Name, unit and VAT rate default from the product; the amounts a
 * client may send back (read from a document) are accepted and ignored: the server computes them.
 */
@InputType('DocumentLineInput')
export class DocumentLineInput {
  @Field(() => ID, { nullable: true })
  productId?: string | null;

  @Field(() => String, { nullable: true })
  productName?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => DecimalScalar)
  quantity!: string;

  @Field(() => MoneyScalar)
  unitPrice!: string;

  @Field(() => DecimalScalar, { nullable: true })
  discountPercent?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Wins over the percent.' })
  discountAmount?: string | null;

  @Field(() => VatRateEnum, { nullable: true })
  vatRate?: VatRate | null;

  @Field(() => MoneyScalar, { nullable: true, deprecationReason: 'Ignored: the server computes it.' })
  amount?: string | null;

  @Field(() => MoneyScalar, { nullable: true, deprecationReason: 'Ignored: the server computes it.' })
  discount?: string | null;

  @Field(() => MoneyScalar, { nullable: true, deprecationReason: 'Ignored: the server computes it.' })
  vat?: string | null;

  @Field(() => MoneyScalar, { nullable: true, deprecationReason: 'Ignored: the server computes it.' })
  total?: string | null;
}
