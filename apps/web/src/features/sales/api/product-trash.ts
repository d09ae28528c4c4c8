import { graphql } from '../../../gql';

export const ProductTrashDocument = graphql(`
  query ProductTrash($search: String, $first: Int, $after: String) {
    products(filter: { search: $search, deleted: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
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
