import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The signed-in user, from the cache the session already filled. */
export const CustomerViewerDocument = graphql(`
  query CustomerViewer {
    me {
      id
      name
      role
    }
  }
`);

export function useCustomerViewer() {
  return useQuery(CustomerViewerDocument, { fetchPolicy: 'cache-first' }).data?.me;
}
