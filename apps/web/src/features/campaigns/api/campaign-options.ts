import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../gql';

/** Users (executor / creator pickers), customer groups (member picker) and the viewer's role. */
export const CampaignOptionsDocument = graphql(`
  query CampaignOptions {
    me {
      id
      role
    }
    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {
      nodes {
        id
        name
      }
    }
    customerGroups {
      id
      name
    }
  }
`);

export function useCampaignOptions() {
  const { data, loading } = useQuery(CampaignOptionsDocument, { fetchPolicy: 'cache-first' });
  return useMemo(
    () => ({
      loading,
      role: data?.me.role,
      users: (data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.name })),
      groups: (data?.customerGroups ?? []).map((g) => ({ value: g.id, label: g.name })),
    }),
    [data, loading],
  );
}
