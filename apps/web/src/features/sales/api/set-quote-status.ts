import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SetQuoteStatusDocument = graphql(`
  mutation SetQuoteStatus($id: ID!, $status: QuoteStatus!, $version: Int!) {
    setQuoteStatus(id: $id, status: $status, version: $version) {
      ...QuoteDetail
    }
  }
`);

export function useSetQuoteStatus() {
  return useMutation(SetQuoteStatusDocument, { refetchQueries: ['Quotes'] });
}
