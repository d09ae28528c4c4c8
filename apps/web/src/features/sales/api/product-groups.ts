import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ProductGroupsDocument = graphql(`
  query ProductGroups {
    categories(kind: PRODUCT_GROUP) {
      id
      name
    }
  }
`);

export function useProductGroups() {
  return useQuery(ProductGroupsDocument);
}
