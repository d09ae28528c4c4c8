/** Queries to refresh after a campaign or its members change. */
export const CAMPAIGN_QUERIES = ['Campaigns', 'Campaign', 'CampaignMembers', 'CampaignCharts'];
