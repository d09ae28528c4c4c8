import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CustomerFilter } from '../../../gql/graphql';

/**
 * Per level, ignoring the filter's own levels; the list adds "Tất cả" as their sum (CUS-03). A
 * filter that matches too many customers to count gets estimates (`kind: ESTIMATE`).
 */
export const CustomerLevelCountsDocument = graphql(`
  query CustomerLevelCounts($filter: CustomerFilter) {
    customerLevelCounts(filter: $filter) {
      level
      count
      kind
    }
  }
`);

export function useCustomerLevelCounts(filter: CustomerFilter) {
  return useQuery(CustomerLevelCountsDocument, { variables: { filter } });
}
