import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateOpportunityDocument = graphql(`
  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {
    updateOpportunity(id: $id, input: $input) {
      ...OpportunityRow
    }
  }
`);

export function useUpdateOpportunity() {
  return useMutation(UpdateOpportunityDocument, { refetchQueries: ['Opportunities', 'OpportunityBoard'] });
}
