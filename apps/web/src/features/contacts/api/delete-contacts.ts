import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CONTACT_LIST_QUERIES } from './refetch';

/** To the trash. */
export const DeleteContactsDocument = graphql(`
  mutation DeleteContacts($ids: [ID!]!) {
    deleteContacts(ids: $ids)
  }
`);

export function useDeleteContacts() {
  return useMutation(DeleteContactsDocument, {
    refetchQueries: CONTACT_LIST_QUERIES,
    awaitRefetchQueries: true,
  });
}
