import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ContactUserOptionsDocument = graphql(`
  query ContactUserOptions {
    users(filter: { active: true }, orderBy: [{ field: NAME, direction: ASC }], first: 200) {
      nodes {
        id
        name
      }
    }
  }
`);

export function useContactUserOptions() {
  const { data } = useQuery(ContactUserOptionsDocument, { fetchPolicy: 'cache-first' });
  return (data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.name }));
}
