import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CONTACT_QUERIES } from './refetch';

export const UpdateContactDocument = graphql(`
  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
    updateContact(id: $id, input: $input) {
      ...ContactRow
    }
  }
`);

export function useUpdateContact() {
  return useMutation(UpdateContactDocument, { refetchQueries: CONTACT_QUERIES });
}
