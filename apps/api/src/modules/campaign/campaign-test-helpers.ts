import type { TestApp } from '../../test/harness';

export const CAMPAIGN_TABLES = [
  'campaign',
  'campaign_member',
  'campaign_status_count',
  'campaign_member_event',
  'campaign_keypress',
  'customer',
  'audit_log',
];

export const MEMBER_FIELDS = 'id status customerId customerName customerCode customer { id phone email }';

/** Small GraphQL helpers for the campaign tests. */
export function campaignApi(app: TestApp) {
  const must = async <T>(p: Promise<{ data: T | null; errors?: unknown }>): Promise<T> => {
    const r = await p;
    if (!r.data) {
      throw new Error(JSON.stringify(r.errors));
    }
    return r.data;
  };
  return {
    async create(token: string, input: Record<string, unknown>) {
      const d = await must(
        app.gql<{ createCampaign: { id: string; code: string; version: number } }>(
          'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id code version } }',
          { i: { startDate: '2026-01-01', ...input } },
          { token },
        ),
      );
      return d.createCampaign;
    },
    async addByFilter(token: string, campaignId: string, filter: Record<string, unknown>) {
      const d = await must(
        app.gql<{ addCampaignMembersByFilter: { added: number; skipped: number } }>(
          'mutation($c: ID!, $f: CampaignCustomerFilter!) { addCampaignMembersByFilter(campaignId: $c, filter: $f) { added skipped } }',
          { c: campaignId, f: filter },
          { token },
        ),
      );
      return d.addCampaignMembersByFilter;
    },
    add(token: string, campaignId: string, customerIds: string[]) {
      return app.gql<{ addCampaignMembers: { added: number; skipped: number } }>(
        'mutation($c: ID!, $ids: [ID!]!) { addCampaignMembers(campaignId: $c, customerIds: $ids) { added skipped } }',
        { c: campaignId, ids: customerIds },
        { token },
      );
    },
    async members(token: string, campaignId: string, filter: Record<string, unknown> = {}) {
      const d = await must(
        app.gql<{
          campaignMembers: {
            totalCount: number;
            nodes: {
              id: string;
              status: string;
              customerId: string;
              customerName: string;
              customerCode: string;
              customer: { id: string; phone: string | null; email: string | null } | null;
            }[];
          };
        }>(
          `query($c: ID!, $f: CampaignMemberFilter) { campaignMembers(campaignId: $c, filter: $f, first: 200) { totalCount nodes { ${MEMBER_FIELDS} } } }`,
          { c: campaignId, f: filter },
          { token },
        ),
      );
      return d.campaignMembers;
    },
    change(token: string, memberIds: string[], status: string) {
      return app.gql<{ changeCampaignMemberStatus: { id: string; status: string }[] }>(
        'mutation($ids: [ID!]!, $s: CampaignMemberStatus!) { changeCampaignMemberStatus(memberIds: $ids, status: $s) { id status } }',
        { ids: memberIds, s: status },
        { token },
      );
    },
    async stats(token: string, campaignId: string) {
      const d = await must(
        app.gql<{
          campaign: {
            stats: Record<string, number>;
            statusCounts: { status: string; count: number }[];
            memberCount: number;
          };
        }>(
          'query($id: ID!) { campaign(id: $id) { stats { registered confirmed joined cancelled } statusCounts { status count } memberCount } }',
          { id: campaignId },
          { token },
        ),
      );
      return d.campaign;
    },
  };
}
