import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ProductTrashDocument = graphql(`
  query ProductTrash($search: String, $first: Int, $after: String) {
    products(filter: { search: $search, deleted: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        deletedAt
        owner {
          name
        }
      }
    }
  }
`);

export function useProductTrash(search: string, first: number, after: string | null) {
  return useQuery(ProductTrashDocument, {
    variables: { search: search || undefined, first, after },
    fetchPolicy: 'cache-and-network',
  });
}
