import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ApiTokensDocument } from './api-tokens';

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

export function useRevokeApiToken() {
  return useMutation(RevokeApiTokenDocument, {
    refetchQueries: [ApiTokensDocument],
    awaitRefetchQueries: true,
  });
}
