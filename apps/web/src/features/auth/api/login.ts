import { graphql } from '../../../gql';
import type { LoginMutationVariables } from '../../../gql/graphql';

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

/** Without the GraphQL client: the login page is the one screen that goes without it (issue 14). */
export async function login(variables: LoginMutationVariables) {
  // With the GraphQL printer: fetched when the form is sent.
  const { graphqlRequest } = await import('../../../lib/graphql-request');
  const { login } = await graphqlRequest(LoginDocument, variables);
  return login;
}
