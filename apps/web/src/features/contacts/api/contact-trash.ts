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
        ...ListPageParts
      }
      nodes {
        ...ContactRow
      }
    }
  }
`);
