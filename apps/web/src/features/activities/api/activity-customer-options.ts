import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ActivityCustomerOptionsDocument = graphql(`
  query ActivityCustomerOptions($search: String) {
    customers(first: 20, filter: { search: $search }) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export function useActivityCustomerOptions(search: string) {
  return useQuery(ActivityCustomerOptionsDocument, { variables: { search: search || null } });
}
