import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export function useApiTokens() {
  return useQuery(ApiTokensDocument);
}
