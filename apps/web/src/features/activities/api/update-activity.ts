import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ACTIVITY_QUERIES } from './refetch';

export const UpdateActivityDocument = graphql(`
  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {
    updateActivity(id: $id, input: $input) {
      ...ActivityRow
    }
  }
`);

export function useUpdateActivity() {
  return useMutation(UpdateActivityDocument, { refetchQueries: ACTIVITY_QUERIES });
}
