import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The chosen customer of a sales form, with its contacts and open opportunities to pick from. */
export const SalesCustomerDocument = graphql(`
  query SalesCustomer($id: ID!) {
    customer(id: $id) {
      id
      code
      name
      contacts(first: 50) {
        nodes {
          id
          name
        }
      }
    }
    opportunities(filter: { customerId: $id }, first: 50) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export function useSalesCustomer(id: string | null) {
  return useQuery(SalesCustomerDocument, { variables: { id: id ?? '' }, skip: !id });
}
