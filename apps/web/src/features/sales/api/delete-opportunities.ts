import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DeleteOpportunitiesDocument = graphql(`
  mutation DeleteOpportunities($ids: [ID!]!) {
    deleteOpportunities(ids: $ids)
  }
`);

export function useDeleteOpportunities() {
  return useMutation(DeleteOpportunitiesDocument, { refetchQueries: ['Opportunities', 'OpportunityBoard'] });
}
