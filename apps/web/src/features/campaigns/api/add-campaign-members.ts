import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CAMPAIGN_QUERIES } from './refetch';

export const AddCampaignMembersDocument = graphql(`
  mutation AddCampaignMembers($campaignId: ID!, $customerIds: [ID!]!) {
    addCampaignMembers(campaignId: $campaignId, customerIds: $customerIds) {
      added
      skipped
    }
  }
`);

export function useAddCampaignMembers() {
  return useMutation(AddCampaignMembersDocument, { refetchQueries: CAMPAIGN_QUERIES });
}
