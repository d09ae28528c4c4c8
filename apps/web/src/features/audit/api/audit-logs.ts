import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AuditLogsQueryVariables } from '../../../gql/graphql';

export const AuditLogsDocument = graphql(`
  query AuditLogs($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLogs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        id
        at
        action
        module
        recordId
        description
        changes
        user {
          id
          name
          email
        }
      }
    }
  }
`);

export function useAuditLogs(variables: AuditLogsQueryVariables) {
  return useQuery(AuditLogsDocument, { variables, fetchPolicy: 'network-only' });
}
