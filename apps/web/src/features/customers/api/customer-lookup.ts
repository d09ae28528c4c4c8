import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Tra cứu (CUS-07): every customer, whoever owns it, with only the fields anyone may see. */
export const CustomerLookupDocument = graphql(`
  query CustomerLookup($search: String!, $first: Int) {
    customerLookup(search: $search, first: $first) {
      id
      code
      name
      ownerName
      officeAddress
      businessAddress
    }
  }
`);

export function useCustomerLookup(search: string) {
  return useQuery(CustomerLookupDocument, {
    variables: { search, first: 50 },
    skip: search === '',
    fetchPolicy: 'network-only',
  });
}
