import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ConvertQuoteDocument = graphql(`
  mutation ConvertQuote($id: ID!, $to: DocumentTarget!) {
    convertQuote(id: $id, to: $to) {
      ...SalesDocumentRef
    }
  }
`);

export function useConvertQuote() {
  return useMutation(ConvertQuoteDocument, { refetchQueries: ['Quote'] });
}
