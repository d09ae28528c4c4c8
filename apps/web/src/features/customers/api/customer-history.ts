import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The "Lịch sử" tab: the audit entries about one customer (AUD-01). */
export const CustomerHistoryDocument = graphql(`
  query CustomerHistory($recordId: String!, $first: Int, $after: String) {
    auditLogs(filter: { recordId: $recordId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        id
        at
        action
        description
        changes
        user {
          id
          name
        }
      }
    }
  }
`);

export function useCustomerHistory(recordId: string, first: number, after: string | null) {
  return useQuery(CustomerHistoryDocument, {
    variables: { recordId, first, after },
    fetchPolicy: 'network-only',
  });
}
