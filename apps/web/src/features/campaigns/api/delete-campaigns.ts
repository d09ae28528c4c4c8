import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** the ticked campaigns to the trash (CONFIRMATION_REQUIRED when they have members). */
export const DeleteCampaignsDocument = graphql(`
  mutation DeleteCampaigns($ids: [ID!]!, $confirm: Boolean) {
    deleteCampaigns(ids: $ids, confirm: $confirm)
  }
`);

export function useDeleteCampaigns() {
  return useMutation(DeleteCampaignsDocument, { refetchQueries: ['Campaigns'] });
}
