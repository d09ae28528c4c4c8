import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

/** The customer picker of a form: the caller's customers matching the text, by name. */
export const CustomerOptionsDocument = graphql(`
  query CustomerOptions($search: String) {
    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: 20) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export function useCustomerOptions(search: string) {
  return useQuery(CustomerOptionsDocument, {
    variables: { search: search || undefined },
    fetchPolicy: 'cache-first',
  });
}

/** The picked customer's name and code, for its label when the options do not hold it. */
export const CustomerOptionDocument = graphql(`
  query CustomerOption($id: ID!) {
    customer(id: $id) {
      id
      code
      name
    }
  }
`);

export function useCustomerOption(id: string | null) {
  return useQuery(CustomerOptionDocument, { variables: { id: id ?? '' }, skip: !id });
}
