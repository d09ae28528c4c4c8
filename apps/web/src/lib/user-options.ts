import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../gql';

/**
 * The people to pick in owner, assignee, share and filter fields, by name. Every screen asks the
 * same query, so the cache answers all but the first; `activeOnly: false` adds former colleagues
 * (filters over history, audit logs).
 */
export const UserOptionsDocument = graphql(`
  query UserOptions($active: Boolean) {
    users(filter: { active: $active }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {
      nodes {
        id
        name
        email
        active
      }
    }
  }
`);

export interface UserOptionsArgs {
  activeOnly?: boolean;
  skip?: boolean;
}

export function useUserOptions({ activeOnly = true, skip = false }: UserOptionsArgs = {}) {
  const { data, loading } = useQuery(UserOptionsDocument, {
    variables: { active: activeOnly ? true : null },
    fetchPolicy: 'cache-first',
    // A user without the right to list people still gets their screen, without the picker.
    errorPolicy: 'ignore',
    skip,
  });
  return useMemo(() => {
    const users = data?.users.nodes ?? [];
    return { users, options: users.map((u) => ({ value: u.id, label: u.name })), loading };
  }, [data, loading]);
}
