import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { UsersQueryVariables } from '../../../gql/graphql';

export const UsersDocument = graphql(`
  query Users($filter: UserFilter, $orderBy: [UserOrder!], $first: Int, $after: String) {
    users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...UserFields
      }
    }
  }
`);

export function useUsers(variables: UsersQueryVariables) {
  return useQuery(UsersDocument, { variables });
}
