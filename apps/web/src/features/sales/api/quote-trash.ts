import { graphql } from '../../../gql';

export const QuoteTrashDocument = graphql(`
  query QuoteTrash($search: String, $first: Int, $after: String) {
    quotes(filter: { search: $search, deleted: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
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
