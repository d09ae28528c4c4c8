import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../graphql/scalars';
import { Campaign, CampaignStats, CampaignStatusEnum } from '../campaign/campaign.entity';
import { LevelCount } from '../customer/customer.entity';
import { PipelineStage } from '../opportunity/opportunity.inputs';

@ObjectType({ simpleResolvers: true, description: 'Revenue of one month (YYYY-MM), in whole đồng.' })
export class RevenueMonth {
  @Field()
  month!: string;

  @Field(() => MoneyScalar, { description: 'Issued invoices (ISSUED, PARTIAL, PAID) dated in the month.' })
  invoiced!: string;

  @Field(() => MoneyScalar, { description: 'Receipts dated in the month.' })
  received!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A count per user (activities done, …).' })
export class UserCount {
  @Field(() => ID)
  userId!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class CampaignStatusTotal {
  @Field(() => CampaignStatusEnum)
  status!: CampaignStatusEnum;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class DashboardCampaign {
  @Field(() => Campaign)
  campaign!: Campaign;

  @Field(() => CampaignStats)
  stats!: CampaignStats;
}

@ObjectType({ simpleResolvers: true, description: 'Overdue debt by days past due.' })
export class DebtAgingBucket {
  @Field({ description: 'The debts list’s labels: "0-30" (1 to 30 days past due), "31-60", "61-90", "90+".' })
  bucket!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => Int, { description: 'Invoices in the bucket.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'REP-02 within the caller’s scope. Stock figures (levels, pipeline, overdue debt) are as of today, ' +
    'like the lists’ own tabs; flows (new customers, revenue, activities done, campaigns) cover from–to.',
})
export class Dashboard {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => [LevelCount], { description: 'The customer list’s level tabs.' })
  levelCounts!: LevelCount[];

  @Field(() => Int, { description: 'Customers created from–to (the list’s created filter).' })
  newCustomers!: number;

  @Field(() => [PipelineStage], { description: 'The opportunity board’s columns.' })
  pipeline!: PipelineStage[];

  @Field(() => [RevenueMonth], { description: 'Every month of the period, oldest first.' })
  revenueByMonth!: RevenueMonth[];

  @Field(() => MoneyScalar, { description: 'Unpaid amounts of invoices past their due date.' })
  overdueDebt!: string;

  @Field(() => [DebtAgingBucket])
  debtAging!: DebtAgingBucket[];

  @Field(() => [UserCount], { description: 'Activities DONE, due from–to, per assignee, most first.' })
  activitiesDone!: UserCount[];

  @Field(() => [CampaignStatusTotal], { description: 'Campaigns starting from–to, per status.' })
  campaignStatusCounts!: CampaignStatusTotal[];

  @Field(() => CampaignStats, { description: 'Members of the campaigns starting from–to, summed.' })
  campaignTotals!: CampaignStats;

  @Field(() => [DashboardCampaign], { description: 'Campaigns starting from–to, latest first (at most 10).' })
  campaigns!: DashboardCampaign[];
}
