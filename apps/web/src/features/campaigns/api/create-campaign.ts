import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CAMPAIGN_QUERIES } from './refetch';

export const CreateCampaignDocument = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignDetail
    }
  }
`);

export function useCreateCampaign() {
  return useMutation(CreateCampaignDocument, { refetchQueries: CAMPAIGN_QUERIES });
}
