import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The customer picker of the contact form and filter: the caller's customers matching the text. */
export const ContactCustomerOptionsDocument = graphql(`
  query ContactCustomerOptions($search: String, $first: Int) {
    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: $first) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export function useContactCustomerOptions(search: string) {
  return useQuery(ContactCustomerOptionsDocument, {
    variables: { search: search || undefined, first: 20 },
    fetchPolicy: 'cache-first',
  });
}
