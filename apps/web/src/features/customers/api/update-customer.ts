import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CUSTOMER_QUERIES } from './refetch';

export const UpdateCustomerDocument = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      ...CustomerDetail
    }
  }
`);

export function useUpdateCustomer() {
  return useMutation(UpdateCustomerDocument, { refetchQueries: CUSTOMER_QUERIES });
}
