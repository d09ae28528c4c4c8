import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Which customers of the picker's page are already in the campaign (CMP-05). */
export const CampaignMemberCustomerIdsDocument = graphql(`
  query CampaignMemberCustomerIds($campaignId: ID!, $customerIds: [ID!]!) {
    campaignMemberCustomerIds(campaignId: $campaignId, customerIds: $customerIds)
  }
`);

export function useCampaignMemberCustomerIds(campaignId: string, customerIds: string[]) {
  return useQuery(CampaignMemberCustomerIdsDocument, {
    variables: { campaignId, customerIds },
    skip: customerIds.length === 0,
    fetchPolicy: 'cache-and-network',
  });
}
