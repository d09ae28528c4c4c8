import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ContactsQueryVariables } from '../../../gql/graphql';

export const ContactsDocument = graphql(`
  query Contacts($filter: ContactFilter, $orderBy: [ContactOrder!], $first: Int, $after: String) {
    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...ContactRow
      }
    }
  }
`);

export function useContacts(variables: ContactsQueryVariables) {
  return useQuery(ContactsDocument, { variables });
}
