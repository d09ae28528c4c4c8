import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RestoreQuotesDocument = graphql(`
  mutation RestoreQuotes($ids: [ID!]!) {
    restoreQuotes(ids: $ids)
  }
`);

export function useRestoreQuotes() {
  return useMutation(RestoreQuotesDocument, { refetchQueries: ['Quotes'] });
}
