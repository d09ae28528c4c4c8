import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ReportDepartmentsDocument = graphql(`
  query ReportDepartments {
    departments {
      id
      name
    }
  }
`);

export function useReportDepartments() {
  return useQuery(ReportDepartmentsDocument);
}
