import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ACTIVITY_QUERIES } from './refetch';

export const RestoreActivitiesDocument = graphql(`
  mutation RestoreActivities($ids: [ID!]!) {
    restoreActivities(ids: $ids)
  }
`);

export function useRestoreActivities() {
  return useMutation(RestoreActivitiesDocument, { refetchQueries: ACTIVITY_QUERIES });
}
