import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const PurgeQuotesDocument = graphql(`
  mutation PurgeQuotes($ids: [ID!]!) {
    purgeQuotes(ids: $ids)
  }
`);

export function usePurgeQuotes() {
  return useMutation(PurgeQuotesDocument, { refetchQueries: ['Quotes'] });
}
