import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CUSTOMER_LIST_QUERIES } from './refetch';

/** To the trash. */
export const DeleteCustomersDocument = graphql(`
  mutation DeleteCustomers($ids: [ID!]!) {
    deleteCustomers(ids: $ids)
  }
`);

export function useDeleteCustomers() {
  return useMutation(DeleteCustomersDocument, {
    refetchQueries: [...CUSTOMER_LIST_QUERIES, 'CustomerTrash'],
    awaitRefetchQueries: true,
  });
}
