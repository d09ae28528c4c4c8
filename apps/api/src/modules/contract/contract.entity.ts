import type { ContractStatus } from '@sen/shared';
import { ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { ContractStatusEnum } from '../sales/sales-enums';
import { DocumentBase } from '../sales/document-base';
import { BoolField, DayField, EnumField, TextField } from '../../core/columns';

/** SAL-04 Hợp đồng: lines or a plain value, the Đã ký tick, a payment schedule. */
@ObjectType({ simpleResolvers: true })
@Entity('contract')
export class Contract extends DocumentBase {
  @Column({ name: 'quote_id', type: 'uuid', nullable: true })
  quoteId!: string | null;

  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @DayField({ nullable: true })
  signedOn!: string | null;

  @DayField({ nullable: true })
  validFrom!: string | null;

  @DayField({ nullable: true })
  validTo!: string | null;

  @BoolField()
  signed!: boolean;

  @EnumField(ContractStatusEnum)
  status!: ContractStatus;

  @TextField({ nullable: true })
  terms!: string | null;

  /** The plain value of a contract without lines (its total then); null when it has lines. */
  @Column({ type: 'bigint', nullable: true })
  value!: string | null;
}
