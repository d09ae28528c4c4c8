import { graphql } from '../../../gql';

export const OpportunityTrashDocument = graphql(`
  query OpportunityTrash($search: String, $first: Int, $after: String) {
    opportunities(filter: { search: $search, deleted: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
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
