import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const OpportunityDocument = graphql(`
  query Opportunity($id: ID!) {
    opportunity(id: $id) {
      ...OpportunityRow
      description
      contact {
        id
        name
      }
      source {
        id
        name
      }
      quotes {
        ...QuoteRow
      }
    }
  }
`);

export function useOpportunity(id: string) {
  return useQuery(OpportunityDocument, { variables: { id } });
}
