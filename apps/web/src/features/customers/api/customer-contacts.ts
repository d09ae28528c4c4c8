import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The "Liên hệ" tab of a customer (CUS-10). */
export const CustomerContactsDocument = graphql(`
  query CustomerContacts($customerId: ID!, $first: Int, $after: String) {
    contacts(
      filter: { customerId: $customerId }
      orderBy: [{ field: NAME, direction: ASC }]
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        id
        name
        title
        mobile
        email
        isPrimary
        owner {
          id
          name
        }
      }
    }
  }
`);

export function useCustomerContacts(customerId: string, first: number, after: string | null) {
  return useQuery(CustomerContactsDocument, { variables: { customerId, first, after } });
}
