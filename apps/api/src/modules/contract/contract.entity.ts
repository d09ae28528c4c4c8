import type { ContractStatus } from '@sen/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../../graphql/scalars';
import { ContractStatusEnum } from '../sales/sales-enums';
import { DocumentBase } from '../sales/document-base';

/** SAL-04 Hợp đồng: lines or a plain value, the Đã ký tick, a payment schedule. */
@ObjectType({ simpleResolvers: true })
@Entity('contract')
export class Contract extends DocumentBase {
  @Column({ name: 'quote_id', type: 'uuid', nullable: true })
  quoteId!: string | null;

  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Field()
  @Column({ type: 'boolean' })
  signed!: boolean;

  @Field(() => ContractStatusEnum)
  @Column({ type: 'text' })
  status!: ContractStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  terms!: string | null;

  /** The plain value of a contract without lines (its total then); null when it has lines. */
  @Column({ type: 'bigint', nullable: true })
  value!: string | null;
}
