import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DeleteQuotesDocument = graphql(`
  mutation DeleteQuotes($ids: [ID!]!) {
    deleteQuotes(ids: $ids)
  }
`);

export function useDeleteQuotes() {
  return useMutation(DeleteQuotesDocument, { refetchQueries: ['Quotes'] });
}
