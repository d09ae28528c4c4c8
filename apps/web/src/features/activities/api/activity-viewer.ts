import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ActivityViewerDocument = graphql(`
  query ActivityViewer {
    me {
      id
      name
      role
    }
  }
`);

export function useActivityViewer() {
  return useQuery(ActivityViewerDocument).data?.me ?? null;
}
