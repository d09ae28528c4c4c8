import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CONTACT_QUERIES } from './refetch';

export const RestoreContactsDocument = graphql(`
  mutation RestoreContacts($ids: [ID!]!) {
    restoreContacts(ids: $ids)
  }
`);

export function useRestoreContacts() {
  return useMutation(RestoreContactsDocument, { refetchQueries: CONTACT_QUERIES, awaitRefetchQueries: true });
}
