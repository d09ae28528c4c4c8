import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SalesUserOptionsDocument = graphql(`
  query SalesUserOptions {
    users(first: 200) {
      nodes {
        id
        name
        active
      }
    }
  }
`);

export function useSalesUserOptions(skip: boolean) {
  return useQuery(SalesUserOptionsDocument, { skip });
}
