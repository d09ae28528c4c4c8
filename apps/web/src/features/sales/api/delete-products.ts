import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DeleteProductsDocument = graphql(`
  mutation DeleteProducts($ids: [ID!]!) {
    deleteProducts(ids: $ids)
  }
`);

export function useDeleteProducts() {
  return useMutation(DeleteProductsDocument, { refetchQueries: ['Products', 'ProductOptions'] });
}
