import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CustomerGroupsDocument = graphql(`
  query CustomerGroups {
    customerGroups {
      id
      name
    }
  }
`);

export function useCustomerGroups() {
  return useQuery(CustomerGroupsDocument);
}
