import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Receipts in the trash: while there, they pay nothing (SAL-07). */
export const ReceiptTrashDocument = graphql(`
  query ReceiptTrash($search: String, $first: Int, $after: String) {
    receipts(filter: { search: $search, deleted: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        id
        number
        date
        amount
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

export const RestoreReceiptsDocument = graphql(`
  mutation RestoreReceipts($ids: [ID!]!) {
    restoreReceipts(ids: $ids)
  }
`);

export const PurgeReceiptsDocument = graphql(`
  mutation PurgeReceipts($ids: [ID!]!) {
    purgeReceipts(ids: $ids)
  }
`);

/** A restore pays the documents again: the money lists show it at once. */
export function useRestoreReceipts() {
  return useMutation(RestoreReceiptsDocument, { refetchQueries: ['ReceiptTrash', 'MoneyReceipts'] });
}

export function usePurgeReceipts() {
  return useMutation(PurgeReceiptsDocument, { refetchQueries: ['ReceiptTrash'] });
}
