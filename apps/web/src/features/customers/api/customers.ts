import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CustomersQueryVariables } from '../../../gql/graphql';

export const CustomersDocument = graphql(`
  query Customers($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int, $after: String) {
    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      countInfo {
        value
        kind
      }
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...CustomerRow
      }
    }
  }
`);

export function useCustomers(variables: CustomersQueryVariables) {
  return useQuery(CustomersDocument, { variables });
}
