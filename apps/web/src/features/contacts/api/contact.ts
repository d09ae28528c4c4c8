import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ContactDocument = graphql(`
  query Contact($id: ID!) {
    contact(id: $id) {
      ...ContactRow
    }
  }
`);

export function useContact(id: string) {
  return useQuery(ContactDocument, { variables: { id } });
}
