import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The name of a preset customer (`?customerId=` from the customer's "Liên hệ" tab). */
export const ContactCustomerDocument = graphql(`
  query ContactCustomer($id: ID!) {
    customer(id: $id) {
      id
      code
      name
    }
  }
`);

export function useContactCustomer(id: string | null) {
  return useQuery(ContactCustomerDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-first',
  });
}
