import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RestoreCampaignsDocument = graphql(`
  mutation RestoreCampaigns($ids: [ID!]!) {
    restoreCampaigns(ids: $ids)
  }
`);

export function useRestoreCampaigns() {
  return useMutation(RestoreCampaignsDocument, { refetchQueries: ['Campaigns'] });
}

export const PurgeCampaignsDocument = graphql(`
  mutation PurgeCampaigns($ids: [ID!]!) {
    purgeCampaigns(ids: $ids)
  }
`);

export function usePurgeCampaigns() {
  return useMutation(PurgeCampaignsDocument, { refetchQueries: ['Campaigns'] });
}
