import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The care form's customer picker: the caller's customers matching the text. */
export const CareCustomerOptionsDocument = graphql(`
  query CareCustomerOptions($search: String) {
    customers(filter: { search: $search }, orderBy: [{ field: NAME, direction: ASC }], first: 20) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export function useCareCustomerOptions(search: string) {
  return useQuery(CareCustomerOptionsDocument, {
    variables: { search: search || undefined },
    fetchPolicy: 'cache-first',
  });
}

export const CareCustomerDocument = graphql(`
  query CareCustomer($id: ID!) {
    customer(id: $id) {
      id
      code
      name
    }
  }
`);

export function useCareCustomer(id: string | null) {
  return useQuery(CareCustomerDocument, { variables: { id: id ?? '' }, skip: !id });
}
