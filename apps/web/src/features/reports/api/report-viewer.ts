import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const ReportViewerDocument = graphql(`
  query ReportViewer {
    me {
      id
      role
    }
  }
`);

/** Whether the caller sets targets (managers and admins). */
export function useCanSetTargets(): boolean {
  const { data } = useQuery(ReportViewerDocument);
  return data?.me.role === 'ADMIN' || data?.me.role === 'MANAGER';
}
