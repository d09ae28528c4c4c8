import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ActivityUserOptionsDocument = graphql(`
  query ActivityUserOptions {
    users(first: 200, filter: { active: true }) {
      nodes {
        id
        name
      }
    }
  }
`);

/** Active users for the assignee and participant pickers. */
export function useActivityUserOptions() {
  const { data } = useQuery(ActivityUserOptionsDocument);
  return (data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.name }));
}
