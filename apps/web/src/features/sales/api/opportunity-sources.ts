import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Nguồn: the SOURCE categories (CUS-12), shared with customers. */
export const OpportunitySourcesDocument = graphql(`
  query OpportunitySources {
    categories(kind: SOURCE) {
      id
      name
    }
  }
`);

export function useOpportunitySources() {
  return useQuery(OpportunitySourcesDocument);
}
