import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      language
      department {
        id
        name
      }
    }
  }
`);

export function useMe() {
  return useQuery(MeDocument, { fetchPolicy: 'cache-first' });
}
