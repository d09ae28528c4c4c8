import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CATEGORY_QUERIES } from './refetch';

export const DeleteCategoryDocument = graphql(`
  mutation DeleteCategory($id: ID!) {
    deleteCategory(id: $id)
  }
`);

export function useDeleteCategory() {
  return useMutation(DeleteCategoryDocument, { refetchQueries: CATEGORY_QUERIES, awaitRefetchQueries: true });
}
