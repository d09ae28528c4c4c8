import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CUSTOMER_QUERIES } from './refetch';

export const CreateCustomerDocument = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      ...CustomerDetail
    }
  }
`);

export function useCreateCustomer() {
  return useMutation(CreateCustomerDocument, { refetchQueries: CUSTOMER_QUERIES });
}
