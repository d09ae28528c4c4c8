import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ActivitiesQueryVariables } from '../../../gql/graphql';

export const ActivitiesDocument = graphql(`
  query Activities($filter: ActivityFilter, $orderBy: [ActivityOrder!], $first: Int, $after: String) {
    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...ActivityRow
      }
    }
  }
`);

export function useActivities(variables: ActivitiesQueryVariables) {
  return useQuery(ActivitiesDocument, { variables, fetchPolicy: 'cache-and-network' });
}
