import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ACTIVITY_QUERIES } from './refetch';

export const CreateActivityDocument = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      ...ActivityRow
    }
  }
`);

export function useCreateActivity() {
  return useMutation(CreateActivityDocument, { refetchQueries: [...ACTIVITY_QUERIES, 'Customers'] });
}
