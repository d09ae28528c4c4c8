import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { QuotesQueryVariables } from '../../../gql/graphql';

export const QuotesDocument = graphql(`
  query Quotes($filter: QuoteFilter, $orderBy: [QuoteOrder!], $first: Int, $after: String) {
    quotes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...QuoteRow
      }
    }
  }
`);

export function useQuotes(variables: QuotesQueryVariables) {
  return useQuery(QuotesDocument, { variables, fetchPolicy: 'cache-and-network' });
}
