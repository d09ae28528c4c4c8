import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CustomerLabelsDocument = graphql(`
  query CustomerLabels {
    customerLabels
  }
`);

export function useCustomerLabels() {
  return useQuery(CustomerLabelsDocument);
}
