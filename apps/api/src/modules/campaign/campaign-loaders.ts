import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import { In } from 'typeorm';
import { Campaign, type MemberStatusChange, type StatusCount } from './campaign.entity';

interface CustomerBasics {
  id: string;
  code: string;
  name: string;
  ownerId: string;
}

interface CampaignLoaders {
  campaign: DataLoader<string, Campaign | null>;
  counts: DataLoader<string, StatusCount[]>;
  customerBasics: DataLoader<string, CustomerBasics | null>;
  history: DataLoader<string, MemberStatusChange[]>;
}

const perRequest = new WeakMap<Context, CampaignLoaders>();

/** This module's DataLoaders, one set per request (kept beside the context, not in it). */
export function campaignLoaders(ctx: Context): CampaignLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = {
      campaign: new DataLoader(async (ids) => {
        const rows = await ctx.ds.getRepository(Campaign).findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
      counts: ctx.services.campaignStats.countsLoader(),
      // Code, name and owner of a member's customer: shown to everyone who sees the campaign.
      customerBasics: new DataLoader(async (ids) => {
        const rows: CustomerBasics[] = await ctx.ds.query(
          `SELECT id, code, name, owner_id AS "ownerId" FROM customer WHERE id = ANY($1::uuid[])`,
          [[...ids]],
        );
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
      history: new DataLoader(async (ids) => {
        // The first entry is the member row itself (REGISTERED when added), then each move.
        const rows: (MemberStatusChange & { memberId: string })[] = await ctx.ds.query(
          `SELECT * FROM (
             SELECT id AS "memberId", NULL AS "from", 'REGISTERED' AS "to", source, joined_at AS at,
                    added_by AS "userId", 0::bigint AS seq
               FROM campaign_member WHERE id = ANY($1::uuid[])
             UNION ALL
             SELECT member_id, from_status, to_status, source, at, user_id, id
               FROM campaign_member_event WHERE member_id = ANY($1::uuid[])) h
           ORDER BY at, seq`,
          [[...ids]],
        );
        return ids.map((id) => rows.filter((r) => r.memberId === id));
      }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
