import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { CUSTOMER_QUERIES } from './refetch';

/** Chuyển nhóm khách hàng (CUS-04): MOVE replaces, ADD adds, REMOVE takes away. */
export const ChangeCustomerGroupsDocument = graphql(`
  mutation ChangeCustomerGroups($ids: [ID!]!, $mode: GroupChangeMode!, $groupIds: [ID!]!) {
    changeCustomerGroups(ids: $ids, mode: $mode, groupIds: $groupIds)
  }
`);

export function useChangeCustomerGroups() {
  return useMutation(ChangeCustomerGroupsDocument, {
    refetchQueries: CUSTOMER_QUERIES,
    awaitRefetchQueries: true,
  });
}
