import type { OpportunityStage } from '@sen/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { OwnedRecord } from '../../core/owned-record';
import { DateScalar, MoneyScalar } from '../../graphql/scalars';
import { OpportunityStageEnum } from '../sales/sales-enums';

/** SAL-02 Cơ hội bán hàng: a deal with a customer, moved across the pipeline's stages. */
@ObjectType({ simpleResolvers: true })
@Entity('opportunity')
export class Opportunity extends OwnedRecord {
  @Field({ description: 'Drawn from the OPPORTUNITY numbering (CH000001).' })
  @Column({ type: 'text' })
  code!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @Field(() => OpportunityStageEnum)
  @Column({ type: 'text' })
  stage!: OpportunityStage;

  @Field(() => Int, { description: 'Percent; defaults per stage, editable.' })
  @Column({ type: 'smallint' })
  probability!: number;

  @Field(() => MoneyScalar, { nullable: true })
  @Column({ name: 'expected_value', type: 'bigint', nullable: true })
  expectedValue!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'expected_close_date', type: 'date', nullable: true })
  expectedCloseDate!: string | null;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'lost_reason', type: 'text', nullable: true })
  lostReason!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field({ description: 'When the card last moved to its stage.' })
  @Column({ name: 'stage_changed_at', type: 'timestamptz' })
  stageChangedAt!: Date;
}
