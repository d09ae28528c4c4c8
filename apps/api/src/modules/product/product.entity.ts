import type { ProductKind, VatRate } from '@sen/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from '../../core/owned-record';
import { MoneyScalar } from '../../graphql/scalars';
import { ProductKindEnum, VatRateEnum } from '../sales/sales-enums';
import { BoolField, EnumField, TextField } from '../../core/columns';

/** SAL-01 Hàng hóa: goods or a service, with its unit (ĐVT), price and VAT rate. */
@ObjectType({ simpleResolvers: true })
@Entity('product')
export class Product extends VersionedRecord {
  @TextField()
  code!: string;

  @TextField()
  name!: string;

  @EnumField(ProductKindEnum)
  kind!: ProductKind;

  @TextField({ description: 'Đơn vị tính.' })
  unit!: string;

  @Field(() => MoneyScalar, { nullable: true })
  @Column({ type: 'bigint', nullable: true })
  price!: string | null;

  @EnumField(VatRateEnum)
  vatRate!: VatRate;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @BoolField({ description: 'false: Ngừng kinh doanh (kept on old documents, not offered on new lines).' })
  active!: boolean;

  @TextField({ nullable: true })
  description!: string | null;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
