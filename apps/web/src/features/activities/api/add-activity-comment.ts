import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const AddActivityCommentDocument = graphql(`
  mutation AddActivityComment($activityId: ID!, $body: String!) {
    addActivityComment(activityId: $activityId, body: $body) {
      id
    }
  }
`);

export function useAddActivityComment() {
  return useMutation(AddActivityCommentDocument, { refetchQueries: ['Activity', 'Activities'] });
}
