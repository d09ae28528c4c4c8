import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SalesViewerDocument = graphql(`
  query SalesViewer {
    me {
      id
      name
      role
    }
  }
`);

export function useSalesViewer() {
  return useQuery(SalesViewerDocument).data?.me ?? null;
}
