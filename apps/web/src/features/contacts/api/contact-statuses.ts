import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ContactStatusesDocument = graphql(`
  query ContactStatuses {
    categories(kind: CONTACT_STATUS) {
      id
      name
    }
  }
`);

export function useContactStatuses() {
  return useQuery(ContactStatusesDocument);
}
