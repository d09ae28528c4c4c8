import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ContactTrashDocument = graphql(`
  query ContactTrash($search: String, $first: Int, $after: String) {
    contacts(
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
        ...ContactRow
      }
    }
  }
`);

export function useContactTrash(search: string, first: number, after: string | null) {
  return useQuery(ContactTrashDocument, { variables: { search: search || undefined, first, after } });
}
