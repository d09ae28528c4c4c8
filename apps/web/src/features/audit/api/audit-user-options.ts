import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** People to pick in the "Người dùng" filter; a manager sees those the server lets them list. */
export const AuditUserOptionsDocument = graphql(`
  query AuditUserOptions {
    users(first: 200, orderBy: [{ field: NAME, direction: ASC }]) {
      nodes {
        id
        name
        email
      }
    }
  }
`);

export function useAuditUserOptions() {
  return useQuery(AuditUserOptionsDocument, { errorPolicy: 'ignore' });
}
