import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ActivityDocument = graphql(`
  query Activity($id: ID!) {
    activity(id: $id) {
      ...ActivityRow
      comments {
        id
        body
        createdAt
        author {
          id
          name
        }
      }
      history {
        id
        kinds
        description
        changes
        at
        user {
          id
          name
        }
      }
    }
  }
`);

export function useActivity(id: string) {
  return useQuery(ActivityDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
