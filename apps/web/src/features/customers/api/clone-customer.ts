import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CUSTOMER_QUERIES } from './refetch';

/** Nhân bản (CUS-01). */
export const CloneCustomerDocument = graphql(`
  mutation CloneCustomer($id: ID!) {
    cloneCustomer(id: $id) {
      ...CustomerDetail
    }
  }
`);

export function useCloneCustomer() {
  return useMutation(CloneCustomerDocument, { refetchQueries: CUSTOMER_QUERIES });
}
