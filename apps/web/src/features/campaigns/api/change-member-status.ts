import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CAMPAIGN_QUERIES } from './refetch';

export const ChangeCampaignMemberStatusDocument = graphql(`
  mutation ChangeCampaignMemberStatus($memberIds: [ID!]!, $status: CampaignMemberStatus!) {
    changeCampaignMemberStatus(memberIds: $memberIds, status: $status) {
      id
      status
    }
  }
`);

export function useChangeCampaignMemberStatus() {
  return useMutation(ChangeCampaignMemberStatusDocument, { refetchQueries: CAMPAIGN_QUERIES });
}
