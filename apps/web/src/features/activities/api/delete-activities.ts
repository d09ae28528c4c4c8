import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ACTIVITY_QUERIES } from './refetch';

export const DeleteActivitiesDocument = graphql(`
  mutation DeleteActivities($ids: [ID!]!) {
    deleteActivities(ids: $ids)
  }
`);

export function useDeleteActivities() {
  return useMutation(DeleteActivitiesDocument, { refetchQueries: ACTIVITY_QUERIES });
}
