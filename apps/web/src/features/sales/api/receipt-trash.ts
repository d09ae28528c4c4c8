import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

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
  return useMutation(RestoreReceiptsDocument, { refetchQueries: ['MoneyReceipts'] });
}

export function usePurgeReceipts() {
  return useMutation(PurgeReceiptsDocument, { refetchQueries: ['MoneyReceipts'] });
}
