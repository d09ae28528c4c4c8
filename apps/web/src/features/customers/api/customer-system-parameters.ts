import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** PAR-02 / PAR-03: whether the code and the created date are typed by hand. */
export const CustomerSystemParametersDocument = graphql(`
  query CustomerSystemParameters {
    systemParameters {
      customerCodeMode
      customerCodePrefix
      customerCodeWidth
      createdDateMode
    }
  }
`);

export function useCustomerSystemParameters() {
  return useQuery(CustomerSystemParametersDocument, { fetchPolicy: 'cache-first' });
}
