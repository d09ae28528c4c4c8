import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const AuditModulesDocument = graphql(`
  query AuditModules {
    auditModules
  }
`);

export function useAuditModules() {
  return useQuery(AuditModulesDocument);
}
