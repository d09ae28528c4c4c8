import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CopyKpiTargetsDocument = graphql(`
  mutation CopyKpiTargets($month: String!) {
    copyKpiTargets(month: $month) {
      id
    }
  }
`);

export function useCopyKpiTargets() {
  return useMutation(CopyKpiTargetsDocument, { refetchQueries: ['KpiReport'], awaitRefetchQueries: true });
}
