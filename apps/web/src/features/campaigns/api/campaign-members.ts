import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CampaignMembersQueryVariables } from '../../../gql/graphql';

export const CampaignMembersDocument = graphql(`
  query CampaignMembers(
    $campaignId: ID!
    $filter: CampaignMemberFilter
    $orderBy: [CampaignMemberOrder!]
    $first: Int
    $after: String
  ) {
    campaignMembers(
      campaignId: $campaignId
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...CampaignMemberRow
      }
    }
  }
`);

export function useCampaignMembers(variables: CampaignMembersQueryVariables) {
  return useQuery(CampaignMembersDocument, { variables });
}
