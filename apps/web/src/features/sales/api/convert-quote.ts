import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ConvertQuoteDocument = graphql(`
  mutation ConvertQuote($id: ID!, $to: DocumentTarget!) {
    convertQuote(id: $id, to: $to) {
      __typename
      ... on Order {
        id
        number
      }
      ... on Contract {
        id
        number
      }
      ... on Invoice {
        id
        number
      }
    }
  }
`);

export function useConvertQuote() {
  return useMutation(ConvertQuoteDocument, { refetchQueries: ['Quote'] });
}
