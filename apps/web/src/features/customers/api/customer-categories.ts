import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CategoryKind } from '../../../gql/graphql';

/** The editable lists of CUS-12 (industry, scale, source) the form and the filters offer. */
export const CustomerCategoriesDocument = graphql(`
  query CustomerCategories($kind: CategoryKind!) {
    categories(kind: $kind) {
      id
      name
      sortOrder
    }
  }
`);

export function useCustomerCategories(kind: CategoryKind) {
  return useQuery(CustomerCategoriesDocument, { variables: { kind } });
}
