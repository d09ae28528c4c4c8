import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { PickerCustomersQueryVariables } from '../../../gql/graphql';

/** The "Thêm khách hàng" picker's page of customers. */
export const PickerCustomersDocument = graphql(`
  query PickerCustomers($filter: CustomerFilter, $first: Int, $after: String) {
    customers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        id
        code
        name
        level
        phone
        email
      }
    }
  }
`);

export function usePickerCustomers(variables: PickerCustomersQueryVariables, skip: boolean) {
  return useQuery(PickerCustomersDocument, { variables, skip });
}
