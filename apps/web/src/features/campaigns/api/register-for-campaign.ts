import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RegisterForCampaignDocument = graphql(`
  mutation RegisterForCampaign($campaignCode: String!, $input: CampaignRegistrationInput!) {
    registerForCampaign(campaignCode: $campaignCode, input: $input)
  }
`);

export function useRegisterForCampaign() {
  return useMutation(RegisterForCampaignDocument);
}
