import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const MoveOpportunityDocument = graphql(`
  mutation MoveOpportunity($id: ID!, $stage: OpportunityStage!, $version: Int!, $lostReason: String) {
    moveOpportunity(id: $id, stage: $stage, version: $version, lostReason: $lostReason) {
      ...OpportunityRow
    }
  }
`);

export function useMoveOpportunity() {
  return useMutation(MoveOpportunityDocument, { refetchQueries: ['Opportunities', 'OpportunityBoard'] });
}
