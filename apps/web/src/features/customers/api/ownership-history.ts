import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { OwnershipHistoryQueryVariables } from '../../../gql/graphql';

/** Lọc chia sẻ và chuyển chủ sở hữu (CUS-08). */
export const OwnershipHistoryDocument = graphql(`
  query OwnershipHistory($filter: OwnershipHistoryFilter, $first: Int, $after: String) {
    ownershipHistory(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        id
        action
        at
        customerCount
        fromUser {
          id
          name
        }
        toUsers {
          id
          name
        }
        actor {
          id
          name
        }
        customers {
          id
          code
          name
        }
      }
    }
  }
`);

export function useOwnershipHistory(variables: OwnershipHistoryQueryVariables) {
  return useQuery(OwnershipHistoryDocument, { variables, fetchPolicy: 'cache-and-network' });
}
