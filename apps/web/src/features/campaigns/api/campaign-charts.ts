import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CampaignChartsDocument = graphql(`
  query CampaignCharts($id: ID!) {
    campaign(id: $id) {
      id
      ...CampaignFigures
      timeline {
        date
        registered
        confirmed
        joined
        cancelled
      }
    }
  }
`);

export function useCampaignCharts(id: string) {
  return useQuery(CampaignChartsDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}
