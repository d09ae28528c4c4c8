import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CAMPAIGN_QUERIES } from './refetch';

export const AddCampaignMembersByFilterDocument = graphql(`
  mutation AddCampaignMembersByFilter($campaignId: ID!, $filter: CampaignCustomerFilter!) {
    addCampaignMembersByFilter(campaignId: $campaignId, filter: $filter) {
      added
      skipped
    }
  }
`);

export function useAddCampaignMembersByFilter() {
  return useMutation(AddCampaignMembersByFilterDocument, { refetchQueries: CAMPAIGN_QUERIES });
}
