import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CONTACT_QUERIES } from './refetch';

export const CreateContactDocument = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      ...ContactRow
    }
  }
`);

export function useCreateContact() {
  return useMutation(CreateContactDocument, { refetchQueries: CONTACT_QUERIES });
}
