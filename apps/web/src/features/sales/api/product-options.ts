import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The product picker of a document line: products in business matching the text. */
export const ProductOptionsDocument = graphql(`
  query ProductOptions($search: String) {
    products(
      filter: { search: $search, active: true }
      orderBy: [{ field: CODE, direction: ASC }]
      first: 20
    ) {
      nodes {
        id
        code
        name
        unit
        price
        vatRate
      }
    }
  }
`);

export function useProductOptions(search: string) {
  return useQuery(ProductOptionsDocument, {
    variables: { search: search || undefined },
    fetchPolicy: 'cache-and-network',
  });
}
