import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
        name
        email
        role
        language
      }
    }
  }
`);

export function useLogin() {
  return useMutation(LoginDocument);
}
