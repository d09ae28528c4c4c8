import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SetKpiTargetsDocument = graphql(`
  mutation SetKpiTargets($month: String!, $targets: [KpiTargetInput!]!) {
    setKpiTargets(month: $month, targets: $targets) {
      id
    }
  }
`);

export function useSetKpiTargets() {
  return useMutation(SetKpiTargetsDocument, { refetchQueries: ['KpiReport'], awaitRefetchQueries: true });
}
