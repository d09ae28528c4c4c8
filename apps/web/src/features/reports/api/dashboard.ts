import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const DashboardDocument = graphql(`
  query Dashboard($from: Date!, $to: Date!) {
    dashboard(from: $from, to: $to) {
      from
      to
      levelCounts {
        level
        count
        kind
      }
      newCustomers
      pipeline {
        stage
        count
        value
      }
      revenueByMonth {
        month
        invoiced
        received
      }
      overdueDebt
      debtAging {
        bucket
        amount
        count
      }
      activitiesDone {
        userId
        count
        user {
          id
          name
        }
      }
      campaignStatusCounts {
        status
        count
      }
      campaignTotals {
        registered
        confirmed
        joined
        cancelled
      }
    }
  }
`);

export function useDashboard(from: string, to: string) {
  return useQuery(DashboardDocument, { variables: { from, to }, fetchPolicy: 'cache-and-network' });
}
