import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Admin only, trash only. */
export const PurgeCustomersDocument = graphql(`
  mutation PurgeCustomers($ids: [ID!]!) {
    purgeCustomers(ids: $ids)
  }
`);

export function usePurgeCustomers() {
  return useMutation(PurgeCustomersDocument, {
    refetchQueries: ['CustomerTrash'],
    awaitRefetchQueries: true,
  });
}
