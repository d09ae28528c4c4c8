import { graphql } from '../../../gql';

export const ProductsDocument = graphql(`
  query Products($filter: ProductFilter, $orderBy: [ProductOrder!], $first: Int, $after: String) {
    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...ProductRow
      }
    }
  }
`);
