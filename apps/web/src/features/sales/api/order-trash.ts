import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RestoreOrdersDocument = graphql(`
  mutation RestoreOrders($ids: [ID!]!) {
    restoreOrders(ids: $ids)
  }
`);

export const PurgeOrdersDocument = graphql(`
  mutation PurgeOrders($ids: [ID!]!) {
    purgeOrders(ids: $ids)
  }
`);

export function useRestoreOrders() {
  return useMutation(RestoreOrdersDocument, { refetchQueries: ['MoneyOrders'] });
}

export function usePurgeOrders() {
  return useMutation(PurgeOrdersDocument, { refetchQueries: ['MoneyOrders'] });
}
