import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateParametersDocument = graphql(`
  mutation UpdateParameters($input: SystemParametersInput!) {
    updateSystemParameters(input: $input) {
      ...SystemParametersAll
    }
  }
`);

export function useUpdateParameters() {
  // The customer forms read the code and created-date modes from the same query.
  return useMutation(UpdateParametersDocument, { refetchQueries: ['CustomerSystemParameters'] });
}
