import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateProductDocument = graphql(`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      ...ProductRow
    }
  }
`);

export function useUpdateProduct() {
  return useMutation(UpdateProductDocument, { refetchQueries: ['Products', 'ProductOptions'] });
}
