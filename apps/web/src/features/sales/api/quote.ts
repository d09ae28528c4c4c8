import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const QuoteDocument = graphql(`
  query Quote($id: ID!) {
    quote(id: $id) {
      ...QuoteDetail
    }
  }
`);

export function useQuote(id: string) {
  return useQuery(QuoteDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
