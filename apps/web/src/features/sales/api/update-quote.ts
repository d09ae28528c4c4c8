import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateQuoteDocument = graphql(`
  mutation UpdateQuote($id: ID!, $input: UpdateQuoteInput!) {
    updateQuote(id: $id, input: $input) {
      ...QuoteDetail
    }
  }
`);

export function useUpdateQuote() {
  return useMutation(UpdateQuoteDocument, { refetchQueries: ['Quotes'] });
}
