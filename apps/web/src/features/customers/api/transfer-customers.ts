import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CUSTOMER_LIST_QUERIES } from './refetch';

/** Chuyển chủ sở hữu, and Phụ trách on the detail screen. */
export const TransferCustomersDocument = graphql(`
  mutation TransferCustomers($ids: [ID!]!, $toUserId: ID!) {
    transferCustomers(ids: $ids, toUserId: $toUserId)
  }
`);

export function useTransferCustomers() {
  return useMutation(TransferCustomersDocument, {
    refetchQueries: CUSTOMER_LIST_QUERIES,
    awaitRefetchQueries: true,
  });
}
