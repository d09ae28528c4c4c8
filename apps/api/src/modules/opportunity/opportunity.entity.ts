import type { OpportunityStage } from '@sen/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { OwnedRecord } from '../../core/owned-record';
import { MoneyScalar } from '../../graphql/scalars';
import { OpportunityStageEnum } from '../sales/sales-enums';
import { DayField, EnumField, MomentField, TextField } from '../../core/columns';

/** SAL-02 Cơ hội bán hàng: a deal with a customer, moved across the pipeline's stages. */
@ObjectType({ simpleResolvers: true })
@Entity('opportunity')
export class Opportunity extends OwnedRecord {
  @TextField({ description: 'Drawn from the OPPORTUNITY numbering (CH000001).' })
  code!: string;

  @TextField()
  name!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @EnumField(OpportunityStageEnum)
  stage!: OpportunityStage;

  @Field(() => Int, { description: 'Percent; defaults per stage, editable.' })
  @Column({ type: 'smallint' })
  probability!: number;

  @Field(() => MoneyScalar, { nullable: true })
  @Column({ name: 'expected_value', type: 'bigint', nullable: true })
  expectedValue!: string | null;

  @DayField({ nullable: true })
  expectedCloseDate!: string | null;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @TextField({ nullable: true })
  lostReason!: string | null;

  @TextField({ nullable: true })
  description!: string | null;

  @MomentField({ description: 'When the card last moved to its stage.' })
  stageChangedAt!: Date;
}
