import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const OpportunityTrashDocument = graphql(`
  query OpportunityTrash($search: String, $first: Int, $after: String) {
    opportunities(filter: { search: $search, deleted: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
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

export function useOpportunityTrash(search: string, first: number, after: string | null) {
  return useQuery(OpportunityTrashDocument, {
    variables: { search: search || undefined, first, after },
    fetchPolicy: 'cache-and-network',
  });
}
