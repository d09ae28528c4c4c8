import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CATEGORY_QUERIES } from './refetch';

export const UpdateCategoryDocument = graphql(`
  mutation UpdateCategory($id: ID!, $name: String!) {
    updateCategory(id: $id, name: $name) {
      ...CategoryRow
    }
  }
`);

export function useUpdateCategory() {
  return useMutation(UpdateCategoryDocument, { refetchQueries: CATEGORY_QUERIES });
}
