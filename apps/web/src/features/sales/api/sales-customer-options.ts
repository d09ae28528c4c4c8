import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The customer picker of a sales form: the caller's customers matching the text. */
export const SalesCustomerOptionsDocument = graphql(`
  query SalesCustomerOptions($search: String) {
    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: 20) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export function useSalesCustomerOptions(search: string) {
  return useQuery(SalesCustomerOptionsDocument, {
    variables: { search: search || undefined },
    fetchPolicy: 'cache-first',
  });
}
