import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateOpportunityDocument = graphql(`
  mutation CreateOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      ...OpportunityRow
    }
  }
`);

export function useCreateOpportunity() {
  return useMutation(CreateOpportunityDocument, { refetchQueries: ['Opportunities', 'OpportunityBoard'] });
}
