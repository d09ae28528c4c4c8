import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ActivityCustomerDocument = graphql(`
  query ActivityCustomer($id: ID!) {
    customer(id: $id) {
      id
      code
      name
    }
  }
`);

/** The customer preset by `?customerId=` (its label in the picker). */
export function useActivityCustomer(id: string | null) {
  return useQuery(ActivityCustomerDocument, { variables: { id: id ?? '' }, skip: !id });
}
