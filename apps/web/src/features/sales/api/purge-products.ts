import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const PurgeProductsDocument = graphql(`
  mutation PurgeProducts($ids: [ID!]!) {
    purgeProducts(ids: $ids)
  }
`);

export function usePurgeProducts() {
  return useMutation(PurgeProductsDocument, { refetchQueries: ['Products'] });
}
