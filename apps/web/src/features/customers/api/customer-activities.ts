import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** The "Hoạt động" tab: the customer's activities with their history (ACT-05). */
export const CustomerActivitiesDocument = graphql(`
  query CustomerActivities($customerId: ID!, $first: Int, $after: String) {
    activities(filter: { customerId: $customerId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        id
        name
        type
        status
        dueAt
        createdAt
        assignee {
          id
          name
        }
        history {
          id
          kinds
          description
          at
          user {
            id
            name
          }
        }
      }
    }
  }
`);

export function useCustomerActivities(customerId: string, first: number, after: string | null) {
  return useQuery(CustomerActivitiesDocument, {
    variables: { customerId, first, after },
    fetchPolicy: 'cache-and-network',
  });
}
