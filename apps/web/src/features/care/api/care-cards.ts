import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CareCardFilter, CareCardsQueryVariables } from '../../../gql/graphql';

export const CareCardsDocument = graphql(`
  query CareCards($filter: CareCardFilter, $orderBy: [CareCardOrder!], $first: Int, $after: String) {
    careCards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ListPageParts
      }
      nodes {
        ...CareCardRow
      }
    }
  }
`);

export function useCareCards(variables: CareCardsQueryVariables, skip = false) {
  return useQuery(CareCardsDocument, { variables, fetchPolicy: 'cache-and-network', skip });
}

export const CareCardDocument = graphql(`
  query CareCard($id: ID!) {
    careCard(id: $id) {
      ...CareCardRow
      sharedWith {
        id
        name
      }
    }
  }
`);

export function useCareCard(id: string) {
  return useQuery(CareCardDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

export const CareCardStatsDocument = graphql(`
  query CareCardStats($filter: CareCardFilter) {
    careCardStats(filter: $filter) {
      field
      buckets {
        value
        count
      }
    }
  }
`);

export function useCareCardStats(filter: CareCardFilter | null) {
  return useQuery(CareCardStatsDocument, {
    variables: { filter: filter ?? {} },
    skip: filter === null,
    fetchPolicy: 'network-only',
  });
}

/** The lists and units a care card's fields and filters offer (people: lib/user-options). */
export const CareOptionsDocument = graphql(`
  query CareOptions {
    channels: categories(kind: CARE_CHANNEL) {
      id
      name
    }
    satisfactions: categories(kind: CARE_SATISFACTION) {
      id
      name
    }
    departments {
      id
      name
    }
  }
`);

export function useCareOptions() {
  return useQuery(CareOptionsDocument, { fetchPolicy: 'cache-first' });
}

const REFETCH = ['CareCards', 'CareCard', 'CareSidePanel'];

export const CreateCareCardDocument = graphql(`
  mutation CreateCareCard($input: CreateCareCardInput!) {
    createCareCard(input: $input) {
      ...CareCardRow
    }
  }
`);

export function useCreateCareCard() {
  return useMutation(CreateCareCardDocument, { refetchQueries: REFETCH });
}

export const UpdateCareCardDocument = graphql(`
  mutation UpdateCareCard($id: ID!, $input: UpdateCareCardInput!) {
    updateCareCard(id: $id, input: $input) {
      ...CareCardRow
    }
  }
`);

export function useUpdateCareCard() {
  return useMutation(UpdateCareCardDocument, { refetchQueries: REFETCH });
}

export const CloneCareCardDocument = graphql(`
  mutation CloneCareCard($id: ID!) {
    cloneCareCard(id: $id) {
      id
      code
    }
  }
`);

export function useCloneCareCard() {
  return useMutation(CloneCareCardDocument, { refetchQueries: REFETCH });
}

export const GenerateCareCardDocument = graphql(`
  mutation GenerateCareCard($orderId: ID!) {
    generateCareCard(orderId: $orderId) {
      id
      code
    }
  }
`);

export function useGenerateCareCard() {
  return useMutation(GenerateCareCardDocument, { refetchQueries: REFETCH });
}

export const GenerateFromCareCardDocument = graphql(`
  mutation GenerateFromCareCard($id: ID!, $to: CareTarget!) {
    generateFromCareCard(id: $id, to: $to)
  }
`);

export function useGenerateFromCareCard() {
  return useMutation(GenerateFromCareCardDocument);
}

export const DeleteCareCardsDocument = graphql(`
  mutation DeleteCareCards($ids: [ID!]!) {
    deleteCareCards(ids: $ids)
  }
`);

export function useDeleteCareCards() {
  return useMutation(DeleteCareCardsDocument, { refetchQueries: REFETCH });
}

export const RestoreCareCardsDocument = graphql(`
  mutation RestoreCareCards($ids: [ID!]!) {
    restoreCareCards(ids: $ids)
  }
`);

export function useRestoreCareCards() {
  return useMutation(RestoreCareCardsDocument, { refetchQueries: REFETCH });
}

export const HandOverCareCardsDocument = graphql(`
  mutation HandOverCareCards($ids: [ID!]!, $toUserId: ID!) {
    handOverCareCards(ids: $ids, toUserId: $toUserId)
  }
`);

export function useHandOverCareCards() {
  return useMutation(HandOverCareCardsDocument, { refetchQueries: REFETCH });
}

export const ShareCareCardsDocument = graphql(`
  mutation ShareCareCards($ids: [ID!]!, $userIds: [ID!]!) {
    shareCareCards(ids: $ids, userIds: $userIds)
  }
`);

export function useShareCareCards() {
  return useMutation(ShareCareCardsDocument, { refetchQueries: REFETCH });
}

export const TagCareCardsDocument = graphql(`
  mutation TagCareCards($ids: [ID!]!, $tags: [String!]!, $mode: GroupChangeMode!) {
    tagCareCards(ids: $ids, tags: $tags, mode: $mode)
  }
`);

export function useTagCareCards() {
  return useMutation(TagCareCardsDocument, { refetchQueries: REFETCH });
}

/** Bên phải: the selected card's customer — activities, campaigns, purchases, other cards. */
export const CareSidePanelDocument = graphql(`
  query CareSidePanel($customerId: ID!) {
    activities(filter: { customerId: $customerId }, first: 20) {
      totalCount
      nodes {
        id
        name
        type
        status
        dueAt
      }
    }
    customerCampaigns(customerId: $customerId) {
      id
      status
      campaign {
        id
        code
        name
      }
    }
    customerSalesDocuments(customerId: $customerId, first: 20) {
      totalCount
      nodes {
        __typename
        ... on Opportunity {
          id
          code
          name
        }
        ... on Order {
          id
          number
          date
        }
        ... on Invoice {
          id
          number
          date
        }
      }
    }
    careCards(filter: { customerId: $customerId }, first: 50) {
      totalCount
      nodes {
        id
        code
        careDate
        channel
        satisfaction
        result
      }
    }
  }
`);

export function useCareSidePanel(customerId: string | null) {
  return useQuery(CareSidePanelDocument, {
    variables: { customerId: customerId ?? '' },
    skip: !customerId,
    fetchPolicy: 'cache-and-network',
  });
}
