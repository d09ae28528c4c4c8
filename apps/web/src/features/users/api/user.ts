import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UserDocument = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export function useUser(id: string) {
  return useQuery(UserDocument, { variables: { id } });
}
