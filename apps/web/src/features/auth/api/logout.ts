import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export function useLogoutMutation() {
  return useMutation(LogoutDocument);
}
