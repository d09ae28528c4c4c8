import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { OpportunitiesQueryVariables } from '../../../gql/graphql';

export const OpportunitiesDocument = graphql(`
  query Opportunities(
    $filter: OpportunityFilter
    $orderBy: [OpportunityOrder!]
    $first: Int
    $after: String
  ) {
    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...OpportunityRow
      }
    }
  }
`);

export function useOpportunities(variables: OpportunitiesQueryVariables) {
  return useQuery(OpportunitiesDocument, { variables, fetchPolicy: 'cache-and-network' });
}
