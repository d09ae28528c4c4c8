import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Thùng rác: deleted customers, most recently created first. */
export const CustomerTrashDocument = graphql(`
  query CustomerTrash($search: String, $first: Int, $after: String) {
    customers(
      filter: { deleted: true, search: $search }
      orderBy: [{ field: CREATED_AT, direction: DESC }]
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CustomerRow
      }
    }
  }
`);

export function useCustomerTrash(search: string, first: number, after: string | null) {
  return useQuery(CustomerTrashDocument, {
    variables: { search: search || undefined, first, after },
    fetchPolicy: 'cache-and-network',
  });
}
