import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Thùng rác of campaigns. */
export const CampaignTrashDocument = graphql(`
  query CampaignTrash($search: String, $first: Int, $after: String) {
    campaigns(filter: { search: $search, deleted: true }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        id
        code
        name
        startDate
        endDate
        memberCount
        deletedAt
        creator {
          id
          name
        }
      }
    }
  }
`);

export const RestoreCampaignsDocument = graphql(`
  mutation RestoreCampaigns($ids: [ID!]!) {
    restoreCampaigns(ids: $ids)
  }
`);

export function useRestoreCampaigns() {
  return useMutation(RestoreCampaignsDocument, { refetchQueries: ['Campaigns', 'CampaignTrash'] });
}

export const PurgeCampaignsDocument = graphql(`
  mutation PurgeCampaigns($ids: [ID!]!) {
    purgeCampaigns(ids: $ids)
  }
`);

export function usePurgeCampaigns() {
  return useMutation(PurgeCampaignsDocument, { refetchQueries: ['CampaignTrash'] });
}
