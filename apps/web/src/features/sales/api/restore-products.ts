import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RestoreProductsDocument = graphql(`
  mutation RestoreProducts($ids: [ID!]!) {
    restoreProducts(ids: $ids)
  }
`);

export function useRestoreProducts() {
  return useMutation(RestoreProductsDocument, { refetchQueries: ['Products'] });
}
