import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CUSTOMER_QUERIES } from './refetch';

export const ShareCustomersDocument = graphql(`
  mutation ShareCustomers($ids: [ID!]!, $userIds: [ID!]!) {
    shareCustomers(ids: $ids, userIds: $userIds)
  }
`);

export function useShareCustomers() {
  return useMutation(ShareCustomersDocument, { refetchQueries: CUSTOMER_QUERIES, awaitRefetchQueries: true });
}
