import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const QuoteTrashDocument = graphql(`
  query QuoteTrash($search: String, $first: Int, $after: String) {
    quotes(filter: { search: $search, deleted: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        date
        customer {
          name
        }
        deletedAt
        owner {
          name
        }
      }
    }
  }
`);

export function useQuoteTrash(search: string, first: number, after: string | null) {
  return useQuery(QuoteTrashDocument, {
    variables: { search: search || undefined, first, after },
    fetchPolicy: 'cache-and-network',
  });
}
