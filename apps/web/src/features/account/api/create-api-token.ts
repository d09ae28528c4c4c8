import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ApiTokensDocument } from './api-tokens';

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
        name
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export function useCreateApiToken() {
  return useMutation(CreateApiTokenDocument, {
    refetchQueries: [ApiTokensDocument],
    awaitRefetchQueries: true,
  });
}
