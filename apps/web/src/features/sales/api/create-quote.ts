import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateQuoteDocument = graphql(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      ...QuoteDetail
    }
  }
`);

export function useCreateQuote() {
  return useMutation(CreateQuoteDocument, { refetchQueries: ['Quotes'] });
}
