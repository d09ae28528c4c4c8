import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserFields
    }
  }
`);

export function useUpdateUser() {
  return useMutation(UpdateUserDocument);
}
