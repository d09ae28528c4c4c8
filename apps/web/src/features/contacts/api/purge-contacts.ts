import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ContactsDocument } from './contacts';

/** Admin only, trash only. */
export const PurgeContactsDocument = graphql(`
  mutation PurgeContacts($ids: [ID!]!) {
    purgeContacts(ids: $ids)
  }
`);

export function usePurgeContacts() {
  return useMutation(PurgeContactsDocument, {
    refetchQueries: [ContactsDocument],
    awaitRefetchQueries: true,
  });
}
