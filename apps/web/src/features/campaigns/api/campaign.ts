import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CampaignDocument = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      ...CampaignDetail
    }
  }
`);

export function useCampaign(id: string) {
  return useQuery(CampaignDocument, { variables: { id } });
}
