import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CUSTOMER_QUERIES } from './refetch';

export const RestoreCustomersDocument = graphql(`
  mutation RestoreCustomers($ids: [ID!]!) {
    restoreCustomers(ids: $ids)
  }
`);

export function useRestoreCustomers() {
  return useMutation(RestoreCustomersDocument, {
    refetchQueries: [...CUSTOMER_QUERIES, 'CustomerTrash'],
    awaitRefetchQueries: true,
  });
}
