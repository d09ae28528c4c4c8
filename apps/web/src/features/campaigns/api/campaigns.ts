import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CampaignsQueryVariables } from '../../../gql/graphql';

export const CampaignsDocument = graphql(`
  query Campaigns($filter: CampaignFilter, $orderBy: [CampaignOrder!], $first: Int, $after: String) {
    campaigns(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...CampaignRow
      }
    }
  }
`);

export function useCampaigns(variables: CampaignsQueryVariables) {
  return useQuery(CampaignsDocument, { variables });
}
