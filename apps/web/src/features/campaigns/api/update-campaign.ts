import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CAMPAIGN_QUERIES } from './refetch';

export const UpdateCampaignDocument = graphql(`
  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      ...CampaignDetail
    }
  }
`);

export function useUpdateCampaign() {
  return useMutation(UpdateCampaignDocument, { refetchQueries: CAMPAIGN_QUERIES });
}
