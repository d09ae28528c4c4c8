import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RestoreOpportunitiesDocument = graphql(`
  mutation RestoreOpportunities($ids: [ID!]!) {
    restoreOpportunities(ids: $ids)
  }
`);

export function useRestoreOpportunities() {
  return useMutation(RestoreOpportunitiesDocument, { refetchQueries: ['Opportunities'] });
}
