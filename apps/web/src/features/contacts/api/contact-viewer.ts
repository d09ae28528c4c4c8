import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ContactViewerDocument = graphql(`
  query ContactViewer {
    me {
      id
      name
      role
    }
  }
`);

export function useContactViewer() {
  return useQuery(ContactViewerDocument, { fetchPolicy: 'cache-first' }).data?.me;
}
