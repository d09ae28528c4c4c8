import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { OpportunityBoardQueryVariables } from '../../../gql/graphql';

/** The board: each column's count and value, and its most recently moved cards. */
export const OpportunityBoardDocument = graphql(`
  query OpportunityBoard($filter: OpportunityFilter, $first: Int) {
    opportunityPipeline(filter: $filter) {
      stage
      count
      value
    }
    needsAnalysis: opportunities(
      filter: { stages: [NEEDS_ANALYSIS] }
      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]
      first: $first
    ) {
      nodes {
        ...OpportunityRow
      }
    }
    proposal: opportunities(
      filter: { stages: [PROPOSAL] }
      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]
      first: $first
    ) {
      nodes {
        ...OpportunityRow
      }
    }
    negotiation: opportunities(
      filter: { stages: [NEGOTIATION] }
      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]
      first: $first
    ) {
      nodes {
        ...OpportunityRow
      }
    }
    won: opportunities(
      filter: { stages: [WON] }
      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]
      first: $first
    ) {
      nodes {
        ...OpportunityRow
      }
    }
    lost: opportunities(
      filter: { stages: [LOST] }
      orderBy: [{ field: STAGE_CHANGED_AT, direction: DESC }]
      first: $first
    ) {
      nodes {
        ...OpportunityRow
      }
    }
  }
`);

export function useOpportunityBoard(variables: OpportunityBoardQueryVariables) {
  return useQuery(OpportunityBoardDocument, { variables, fetchPolicy: 'cache-and-network' });
}
