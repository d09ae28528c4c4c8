import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { KpiSubject } from '../../../gql/graphql';

export const KpiReportDocument = graphql(`
  query KpiReport($month: String!, $by: KpiSubject!) {
    kpiReport(month: $month, by: $by) {
      subjectId
      subjectName
      metric
      target
      actual
      percent
    }
  }
`);

export function useKpiReport(month: string, by: KpiSubject) {
  return useQuery(KpiReportDocument, { variables: { month, by }, fetchPolicy: 'cache-and-network' });
}
