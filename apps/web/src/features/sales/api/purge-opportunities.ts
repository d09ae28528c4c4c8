import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const PurgeOpportunitiesDocument = graphql(`
  mutation PurgeOpportunities($ids: [ID!]!) {
    purgeOpportunities(ids: $ids)
  }
`);

export function usePurgeOpportunities() {
  return useMutation(PurgeOpportunitiesDocument, { refetchQueries: ['Opportunities'] });
}
