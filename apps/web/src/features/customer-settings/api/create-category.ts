import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CATEGORY_QUERIES } from './refetch';

export const CreateCategoryDocument = graphql(`
  mutation CreateCategory($kind: CategoryKind!, $name: String!) {
    createCategory(kind: $kind, name: $name) {
      ...CategoryRow
    }
  }
`);

export function useCreateCategory() {
  return useMutation(CreateCategoryDocument, { refetchQueries: CATEGORY_QUERIES, awaitRefetchQueries: true });
}
