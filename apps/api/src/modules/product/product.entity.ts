import type { ProductKind, VatRate } from '@sen/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '../../core/owned-record';
import { MoneyScalar } from '../../graphql/scalars';
import { ProductKindEnum, VatRateEnum } from '../sales/sales-enums';

/** SAL-01 Hàng hóa: goods or a service, with its unit (ĐVT), price and VAT rate. */
@ObjectType({ simpleResolvers: true })
@Entity('product')
export class Product extends VersionedRecord {
  @Field()
  @Column({ type: 'text' })
  code!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => ProductKindEnum)
  @Column({ type: 'text' })
  kind!: ProductKind;

  @Field({ description: 'Đơn vị tính.' })
  @Column({ type: 'text' })
  unit!: string;

  @Field(() => MoneyScalar, { nullable: true })
  @Column({ type: 'bigint', nullable: true })
  price!: string | null;

  @Field(() => VatRateEnum)
  @Column({ name: 'vat_rate', type: 'text' })
  vatRate!: VatRate;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @Field({ description: 'false: Ngừng kinh doanh (kept on old documents, not offered on new lines).' })
  @Column({ type: 'boolean' })
  active!: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
