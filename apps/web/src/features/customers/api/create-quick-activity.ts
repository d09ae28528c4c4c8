import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** CUS-11 "Thêm giao dịch nhanh": an activity linked to one customer, from the list. */
export const CreateQuickActivityDocument = graphql(`
  mutation CreateQuickActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
      name
      customers {
        id
        level
      }
    }
  }
`);

export function useCreateQuickActivity() {
  // The level may move to APPROACHED (CUS-03): the list and its counts are refreshed.
  return useMutation(CreateQuickActivityDocument, {
    refetchQueries: ['Customers', 'CustomerLevelCounts', 'CustomerActivities', 'Activities'],
  });
}
