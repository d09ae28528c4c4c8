import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ProductsQueryVariables } from '../../../gql/graphql';

export const ProductsDocument = graphql(`
  query Products($filter: ProductFilter, $orderBy: [ProductOrder!], $first: Int, $after: String) {
    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ProductRow
      }
    }
  }
`);

export function useProducts(variables: ProductsQueryVariables) {
  return useQuery(ProductsDocument, { variables, fetchPolicy: 'cache-and-network' });
}
