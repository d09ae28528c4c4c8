import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateProductDocument = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      ...ProductRow
    }
  }
`);

export function useCreateProduct() {
  return useMutation(CreateProductDocument, { refetchQueries: ['Products', 'ProductOptions'] });
}
