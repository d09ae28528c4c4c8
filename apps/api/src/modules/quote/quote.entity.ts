import type { QuoteStatus } from '@sen/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../../graphql/scalars';
import { DocumentBase } from '../sales/document-base';

/** SAL-03 Báo giá. `status` as stored; the API shows EXPIRED for an open quote past `validUntil`. */
@ObjectType({ simpleResolvers: true })
@Entity('quote')
export class Quote extends DocumentBase {
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  date!: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @Column({ type: 'text' })
  status!: Exclude<QuoteStatus, 'EXPIRED'>;

  @Field(() => String, { nullable: true, description: 'Điều khoản, ghi chú.' })
  @Column({ type: 'text', nullable: true })
  terms!: string | null;
}
