import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../gql';
import { useUserOptions } from '../../../lib/user-options';
import { useViewer } from '../../../lib/viewer';

/** Users (executor / creator pickers), customer groups (member picker) and the viewer's role. */
export const CampaignOptionsDocument = graphql(`
  query CampaignOptions {
    customerGroups {
      id
      name
    }
  }
`);

export function useCampaignOptions() {
  const { data, loading } = useQuery(CampaignOptionsDocument, { fetchPolicy: 'cache-first' });
  const { role } = useViewer();
  const users = useUserOptions();
  return useMemo(
    () => ({
      loading: loading || users.loading,
      role,
      users: users.options,
      groups: (data?.customerGroups ?? []).map((g) => ({ value: g.id, label: g.name })),
    }),
    [data, loading, role, users],
  );
}
