import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export function useCreateUser() {
  return useMutation(CreateUserDocument);
}
