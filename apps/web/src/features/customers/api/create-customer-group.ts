import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CustomerGroupsDocument } from './customer-groups';

export const CreateCustomerGroupDocument = graphql(`
  mutation CreateCustomerGroup($name: String!) {
    createCustomerGroup(name: $name) {
      id
      name
    }
  }
`);

export function useCreateCustomerGroup() {
  return useMutation(CreateCustomerGroupDocument, {
    refetchQueries: [CustomerGroupsDocument],
    awaitRefetchQueries: true,
  });
}
