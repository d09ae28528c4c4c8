import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const OrderTrashDocument = graphql(`
  query OrderTrash($search: String, $first: Int, $after: String) {
    orders(filter: { search: $search, deleted: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        id
        number
        date
        customer {
          name
        }
        deletedAt
        owner {
          name
        }
      }
    }
  }
`);

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
  return useMutation(RestoreOrdersDocument, { refetchQueries: ['OrderTrash', 'MoneyOrders'] });
}

export function usePurgeOrders() {
  return useMutation(PurgeOrdersDocument, { refetchQueries: ['OrderTrash', 'MoneyOrders'] });
}
