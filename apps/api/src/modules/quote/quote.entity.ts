import type { QuoteStatus } from '@sen/shared';
import { ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DocumentBase } from '../sales/document-base';
import { DayField, TextField } from '../../core/columns';

/** SAL-03 Báo giá. `status` as stored; the API shows EXPIRED for an open quote past `validUntil`. */
@ObjectType({ simpleResolvers: true })
@Entity('quote')
export class Quote extends DocumentBase {
  @DayField()
  date!: string;

  @DayField({ nullable: true })
  validUntil!: string | null;

  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @Column({ type: 'text' })
  status!: Exclude<QuoteStatus, 'EXPIRED'>;

  @TextField({ nullable: true, description: 'Điều khoản, ghi chú.' })
  terms!: string | null;
}
