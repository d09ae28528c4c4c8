import { CAMPAIGN_MEMBER_STATUSES, cumulativeTotals, type CampaignMemberStatus } from '@sen/shared';
import DataLoader from 'dataloader';
import { Field, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { DateScalar } from '../../graphql/scalars';
import type { CampaignStats, StatusCount } from './campaign.entity';

@ObjectType({ simpleResolvers: true, description: 'Status events of one Vietnamese calendar day.' })
export class CampaignDay {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int, { description: 'New members (Đăng kí) that day.' })
  registered!: number;

  @Field(() => Int)
  confirmed!: number;

  @Field(() => Int)
  joined!: number;

  @Field(() => Int)
  cancelled!: number;
}

export class CampaignStatsService {
  constructor(private readonly ds: DataSource) {}

  /** Members currently in each status, for many campaigns in one query (read from an index). */
  countsLoader() {
    return new DataLoader<string, StatusCount[]>(async (ids) => {
      const rows: { campaign_id: string; status: CampaignMemberStatus; n: number }[] = await this.ds.query(
        `SELECT campaign_id, status, n FROM campaign_status_count WHERE campaign_id = ANY($1::uuid[])`,
        [[...ids]],
      );
      return ids.map((id) =>
        CAMPAIGN_MEMBER_STATUSES.map((status) => ({
          status,
          count: rows.find((r) => r.campaign_id === id && r.status === status)?.n ?? 0,
        })),
      );
    });
  }

  static totals(counts: StatusCount[]): CampaignStats {
    return cumulativeTotals(Object.fromEntries(counts.map((c) => [c.status, c.count])));
  }

  /** Registrations (join dates) and status moves per day, from the kept status history. */
  async timeline(campaignId: string): Promise<CampaignDay[]> {
    const rows: { d: string; registered: number; confirmed: number; joined: number; cancelled: number }[] =
      await this.ds.query(
        `SELECT to_char(d, 'YYYY-MM-DD') AS d, sum(registered)::int AS registered, sum(confirmed)::int AS confirmed,
                sum(joined)::int AS joined, sum(cancelled)::int AS cancelled
           FROM (SELECT (joined_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d, count(*) AS registered,
                        0 AS confirmed, 0 AS joined, 0 AS cancelled
                   FROM campaign_member WHERE campaign_id = $1 GROUP BY 1
                 UNION ALL
                 SELECT (at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 0,
                        count(*) FILTER (WHERE to_status = 'CONFIRMED'), count(*) FILTER (WHERE to_status = 'JOINED'),
                        count(*) FILTER (WHERE to_status = 'CANCELLED')
                   FROM campaign_member_event WHERE campaign_id = $1 GROUP BY 1) x
          GROUP BY d ORDER BY d LIMIT 1000`,
        [campaignId],
      );
    return rows.map((r) => ({ date: r.d, ...r }));
  }
}
