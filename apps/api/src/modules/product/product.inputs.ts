import type { ProductKind, VatRate } from '@sen/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { MoneyScalar } from '../../graphql/scalars';
import { ProductKindEnum, VatRateEnum } from '../sales/sales-enums';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const ProductSortField = graphqlEnum(
  ['CODE', 'NAME', 'PRICE', 'CREATED_AT'] as const,
  'ProductSortField',
);
export type ProductSortField = EnumValue<typeof ProductSortField>;

@InputType()
export class ProductOrder {
  @Field(() => ProductSortField)
  field!: ProductSortField;

  @Field(() => SortDirection)
  direction!: SortDirection;
}

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Code and name, diacritics folded.' })
  search?: string | null;

  @Field(() => [ProductKindEnum], { nullable: true })
  kinds?: ProductKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false: Ngừng kinh doanh only.' })
  active?: boolean | null;

  @Field(() => [ID], { nullable: true })
  groupIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the trash.' })
  deleted?: boolean | null;
}

@InputType()
class ProductFields {
  @Field(() => ProductKindEnum, { nullable: true })
  kind?: ProductKind;

  @Field(() => MoneyScalar, { nullable: true })
  price?: string | null;

  @Field(() => VatRateEnum, { nullable: true })
  vatRate?: VatRate;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class CreateProductInput extends ProductFields {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({ description: 'Đơn vị tính.' })
  unit!: string;
}

@InputType()
export class UpdateProductInput extends ProductFields {
  @Field(() => String, { nullable: true })
  code?: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  unit?: string;

  @Field(() => Int)
  version!: number;
}
