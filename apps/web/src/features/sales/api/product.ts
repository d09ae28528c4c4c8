import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ProductDocument = graphql(`
  query Product($id: ID!) {
    product(id: $id) {
      ...ProductRow
    }
  }
`);

export function useProduct(id: string) {
  return useQuery(ProductDocument, { variables: { id } });
}
