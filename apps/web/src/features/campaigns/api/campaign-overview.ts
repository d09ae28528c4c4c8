import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Managers' view across the latest campaigns (CMP-07). */
export const CampaignOverviewDocument = graphql(`
  query CampaignOverview {
    campaigns(first: 12, orderBy: [{ field: START_DATE, direction: DESC }]) {
      nodes {
        id
        name
        totalExpenses
        actualRevenue
        stats {
          registered
          confirmed
          joined
          cancelled
        }
      }
    }
  }
`);

export function useCampaignOverview() {
  return useQuery(CampaignOverviewDocument, { fetchPolicy: 'cache-and-network' });
}
