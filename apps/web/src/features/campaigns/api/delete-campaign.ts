import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DeleteCampaignDocument = graphql(`
  mutation DeleteCampaign($id: ID!, $confirm: Boolean) {
    deleteCampaign(id: $id, confirm: $confirm)
  }
`);

export function useDeleteCampaign() {
  return useMutation(DeleteCampaignDocument, { refetchQueries: ['Campaigns'] });
}
