import { type CampaignMemberStatus, CAMPAIGN_MEMBER_STATUSES } from '@sen/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar, MoneyScalar } from '../../graphql/scalars';
import { DayField, EnumField, IntField, MomentField, TextField } from '../../core/columns';
import { graphqlEnum, type EnumValue } from '../../graphql/enums';

export const CampaignMemberStatusEnum = graphqlEnum(CAMPAIGN_MEMBER_STATUSES, 'CampaignMemberStatus');
export type CampaignMemberStatusEnum = EnumValue<typeof CampaignMemberStatusEnum>;

/** Derived from the dates (Vietnamese calendar day), never stored: it cannot go stale. */
export const CampaignStatusEnum = graphqlEnum(['UPCOMING', 'RUNNING', 'ENDED'] as const, 'CampaignStatus');
export type CampaignStatusEnum = EnumValue<typeof CampaignStatusEnum>;

@ObjectType({ simpleResolvers: true })
export class CampaignExpense {
  @Field()
  item!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => DateScalar, { nullable: true })
  date!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class CampaignKeyMapping {
  @Field({ description: 'The key pressed in the automatic call: 0–9, * or #.' })
  key!: string;

  @Field(() => CampaignMemberStatusEnum)
  status!: CampaignMemberStatus;
}

@ObjectType({ simpleResolvers: true, description: 'CMP-07 cumulative totals.' })
export class CampaignStats {
  @Field(() => Int, { description: 'Đăng kí = everyone who registered (all members).' })
  registered!: number;

  @Field(() => Int, { description: 'Xác nhận = CONFIRMED + JOINED.' })
  confirmed!: number;

  @Field(() => Int, { description: 'Tham gia = JOINED.' })
  joined!: number;

  @Field(() => Int, { description: 'Hủy = CANCELLED.' })
  cancelled!: number;
}

@ObjectType({ simpleResolvers: true })
export class StatusCount {
  @Field(() => CampaignMemberStatusEnum)
  status!: CampaignMemberStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
@Entity('campaign')
export class Campaign {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @TextField()
  code!: string;

  @TextField()
  name!: string;

  @TextField({ nullable: true })
  type!: string | null;

  @DayField()
  startDate!: string;

  @DayField({ nullable: true })
  endDate!: string | null;

  @Column({ name: 'executor_id', type: 'uuid', nullable: true })
  executorId!: string | null;

  @Column({ name: 'creator_id', type: 'uuid' })
  creatorId!: string;

  @TextField({ nullable: true })
  description!: string | null;

  @TextField({ nullable: true })
  goals!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  @Column({ type: 'numeric', nullable: true })
  budget!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  @Column({ name: 'expected_revenue', type: 'numeric', nullable: true })
  expectedRevenue!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  @Column({ name: 'actual_revenue', type: 'numeric', nullable: true })
  actualRevenue!: string | null;

  @Field(() => [CampaignExpense])
  @Column({ type: 'jsonb' })
  expenses!: CampaignExpense[];

  @Field(() => [CampaignKeyMapping])
  @Column({ name: 'key_map', type: 'jsonb' })
  keyMap!: CampaignKeyMapping[];

  @MomentField()
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @MomentField({ nullable: true, description: 'When it went to the trash (X-07); null while live.' })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy!: string | null;

  @IntField()
  version!: number;
}

@ObjectType({ simpleResolvers: true })
@Entity('campaign_member')
export class CampaignMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Field(() => ID)
  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @EnumField(CampaignMemberStatusEnum)
  status!: CampaignMemberStatus;

  @MomentField()
  joinedAt!: Date;

  @MomentField()
  statusChangedAt!: Date;
}

@ObjectType({ simpleResolvers: true })
export class MemberStatusChange {
  @Field(() => CampaignMemberStatusEnum, { nullable: true })
  from!: CampaignMemberStatus | null;

  @Field(() => CampaignMemberStatusEnum)
  to!: CampaignMemberStatus;

  @Field({ description: 'ADD, MANUAL, KEYPRESS or REGISTRATION.' })
  source!: string;

  @Field()
  at!: Date;

  userId!: string | null;
}
