import { graphql } from '../../../gql';

export const QuotesDocument = graphql(`
  query Quotes($filter: QuoteFilter, $orderBy: [QuoteOrder!], $first: Int, $after: String) {
    quotes(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...QuoteRow
      }
    }
  }
`);
