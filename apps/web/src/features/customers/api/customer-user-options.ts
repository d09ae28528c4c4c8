import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../gql';

/** Active users for the owner, share and transfer pickers. */
export const CustomerUserOptionsDocument = graphql(`
  query CustomerUserOptions {
    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {
      nodes {
        id
        name
        email
      }
    }
  }
`);

export function useCustomerUserOptions() {
  const { data, loading } = useQuery(CustomerUserOptionsDocument, { fetchPolicy: 'cache-first' });
  const options = useMemo(
    () => (data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.name })),
    [data],
  );
  return { options, loading };
}
