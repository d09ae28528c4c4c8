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
        ...ListPageParts
      }
      nodes {
        ...CustomerRow
      }
    }
  }
`);
